namespace SharpCharge.Station.Configuration;

/// <summary>
/// The measurands the station measures, spelt as both 1.6 and 2.x spell them (OCPP-NOTES §4.6, §5.12). A
/// configured list may only name these; anything else is refused (1.6: ChangeConfiguration Rejected).
/// </summary>
internal static class Measurands
{
    public const string EnergyImportRegister = "Energy.Active.Import.Register";
    public const string PowerImport = "Power.Active.Import";
    public const string PowerOffered = "Power.Offered";
    public const string CurrentImport = "Current.Import";
    public const string CurrentOffered = "Current.Offered";
    public const string Voltage = "Voltage";
    public const string StateOfCharge = "SoC";
    public const string Temperature = "Temperature";
    public const string Frequency = "Frequency";

    /// <summary>Everything the station measures (1.6).</summary>
    public static IReadOnlyList<string> Supported { get; } =
        [EnergyImportRegister, PowerImport, PowerOffered, CurrentImport, CurrentOffered, Voltage, StateOfCharge, Temperature, Frequency];

    /// <summary>2.0.1 and 2.1 dropped Temperature from MeasurandEnumType (it became a device-model variable).</summary>
    private static readonly IReadOnlyList<string> SupportedV2 = [.. Supported.Where(m => m != Temperature)];

    public static IReadOnlyList<string> For(Ocpp.OcppVersion version) => version == Ocpp.OcppVersion.V16 ? Supported : SupportedV2;
}
