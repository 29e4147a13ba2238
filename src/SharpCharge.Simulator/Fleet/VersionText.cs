using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Fleet;

/// <summary>OCPP versions as users write them: 1.6, 2.0.1, 2.1.</summary>
internal static class VersionText
{
    public static readonly string[] Accepted = ["1.6", "2.0.1", "2.1"];

    public static OcppVersion? Parse(string text)
        => text.Trim() switch
        {
            "1.6" or "16" => OcppVersion.V16,
            "2.0.1" or "201" => OcppVersion.V201,
            "2.1" or "21" => OcppVersion.V21,
            _ => null,
        };

    public static string Format(OcppVersion version)
        => version switch
        {
            OcppVersion.V16 => "1.6",
            OcppVersion.V201 => "2.0.1",
            _ => "2.1",
        };
}
