using SharpCharge.Ocpp.Compatibility;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Per-charger interoperability switches, <c>Csms:Compatibility:{chargerId}:{switch}=true</c>, with <c>*</c> for
/// every charger without its own entry. Each switch accepts one known deviation from the specification (see
/// <see cref="OcppCompatibility"/>); all are off by default, so a charger that follows the specification gets the
/// CALLERRORs the specification names.
/// </summary>
internal sealed class ChargerCompatibilityOptions
{
    public const string Section = "Csms:Compatibility";

    /// <summary>The entry of every charger id configured, and <c>*</c> for the rest.</summary>
    public Dictionary<string, OcppCompatibility> Chargers { get; } = new(StringComparer.Ordinal);

    public OcppCompatibility For(string chargerId)
        => Chargers.TryGetValue(chargerId, out var own) ? own
            : Chargers.TryGetValue("*", out var all) ? all
            : OcppCompatibility.Strict;
}
