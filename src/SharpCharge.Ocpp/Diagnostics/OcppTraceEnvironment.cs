namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// The environment variables that switch the protocol trace on, the same for the central system and the simulator,
/// so one set of instructions fits both ends (docs/troubleshooting.md).
/// </summary>
public static class OcppTraceEnvironment
{
    /// <summary><c>true</c> writes the trace.</summary>
    public const string Enabled = "OCPP_PROTOCOL_DEBUG";

    /// <summary>DEBUG, INFO or WARNING (<see cref="OcppProtocolTrace.ParseLevel"/>).</summary>
    public const string Level = "OCPP_LOG_LEVEL";

    /// <summary>A file for the lines instead of the console; <c>{charger}</c> gives one file per charger.</summary>
    public const string File = "OCPP_LOG_FILE";

    /// <summary><c>true</c> indents payloads over several lines.</summary>
    public const string Pretty = "OCPP_LOG_PRETTY";
}
