using SharpCharge.Ocpp;
using SharpCharge.Simulator.Conformance.Cases.V16;
using SharpCharge.Simulator.Conformance.Cases.V201;

namespace SharpCharge.Simulator.Conformance.Cases;

/// <summary>Every case of a version, in the order of the test case documents.</summary>
internal static class CaseCatalogue
{
    public static IReadOnlyList<ConformanceCase> For(OcppVersion version) => version switch
    {
        OcppVersion.V16 => [.. V16CoreCases.All(), .. V16TransactionCases.All(), .. V16ProfileCases.All(), .. V16SecurityCases.All()],
        OcppVersion.V201 =>
        [
            .. V201SecurityCases.All(),
            .. V201ProvisioningCases.All(),
            .. V201ReportAndResetCases.All(),
            .. V201AuthorizationCases.All(),
            .. V201TransactionCases.All(),
            .. V201RemoteControlCases.All(),
            .. V201AvailabilityCases.All(),
            .. V201ReservationCases.All(),
            .. V201MeterValueCases.All(),
            .. V201TariffCases.All(),
            .. V201SmartChargingCases.All(),
            .. V201CertificateCases.All(),
            .. V201FirmwareAndDiagnosticsCases.All(),
            .. V201DisplayMessageCases.All(),
            .. V201DataTransferCases.All(),
        ],
        _ => [],
    };

    /// <summary>The cases named in <paramref name="ids"/> (all when empty); an id the version does not have is returned in <paramref name="unknown"/>.</summary>
    public static IReadOnlyList<ConformanceCase> Select(OcppVersion version, IReadOnlyList<string> ids, out IReadOnlyList<string> unknown)
    {
        var all = For(version);
        if (ids.Count == 0)
        {
            unknown = [];
            return all;
        }

        unknown = [.. ids.Where(id => !all.Any(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase)))];
        return [.. all.Where(c => ids.Contains(c.Id, StringComparer.OrdinalIgnoreCase))];
    }
}
