namespace SharpCharge.Ocpp.SmartCharging;

/// <summary>
/// The model's enums from and to their OCPP spellings. Every version's generated enums read and write the same
/// spellings (<c>ToOcppString</c>, <c>TryParseOcpp</c>), so the version mappings go through text and none of them
/// repeats a member-by-member switch.
/// </summary>
public static class ChargingProfileSpelling
{
    public static ChargingProfilePurpose ParsePurpose(string text) => text switch
    {
        // 1.6 calls the station's cap ChargePointMaxProfile.
        "ChargePointMaxProfile" or "ChargingStationMaxProfile" => ChargingProfilePurpose.ChargingStationMaxProfile,
        "TxDefaultProfile" => ChargingProfilePurpose.TxDefaultProfile,
        "TxProfile" => ChargingProfilePurpose.TxProfile,
        "ChargingStationExternalConstraints" => ChargingProfilePurpose.ChargingStationExternalConstraints,
        "PriorityCharging" => ChargingProfilePurpose.PriorityCharging,
        "LocalGeneration" => ChargingProfilePurpose.LocalGeneration,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Not a charging profile purpose."),
    };

    /// <summary>The 2.x spelling; 1.6 spells <see cref="ChargingProfilePurpose.ChargingStationMaxProfile"/> ChargePointMaxProfile.</summary>
    public static string ToOcppString(this ChargingProfilePurpose purpose) => purpose switch
    {
        ChargingProfilePurpose.ChargingStationMaxProfile => "ChargingStationMaxProfile",
        ChargingProfilePurpose.TxDefaultProfile => "TxDefaultProfile",
        ChargingProfilePurpose.TxProfile => "TxProfile",
        ChargingProfilePurpose.ChargingStationExternalConstraints => "ChargingStationExternalConstraints",
        ChargingProfilePurpose.PriorityCharging => "PriorityCharging",
        ChargingProfilePurpose.LocalGeneration => "LocalGeneration",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static ChargingProfileKind ParseKind(string text) => text switch
    {
        "Absolute" => ChargingProfileKind.Absolute,
        "Recurring" => ChargingProfileKind.Recurring,
        "Relative" => ChargingProfileKind.Relative,
        "Dynamic" => ChargingProfileKind.Dynamic,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Not a charging profile kind."),
    };

    public static string ToOcppString(this ChargingProfileKind kind) => kind switch
    {
        ChargingProfileKind.Absolute => "Absolute",
        ChargingProfileKind.Recurring => "Recurring",
        ChargingProfileKind.Relative => "Relative",
        ChargingProfileKind.Dynamic => "Dynamic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static RecurrencyKind ParseRecurrency(string text) => text switch
    {
        "Daily" => RecurrencyKind.Daily,
        "Weekly" => RecurrencyKind.Weekly,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Not a recurrency kind."),
    };

    public static string ToOcppString(this RecurrencyKind kind) => kind == RecurrencyKind.Weekly ? "Weekly" : "Daily";

    public static ChargingRateUnit ParseUnit(string text) => text switch
    {
        "W" => ChargingRateUnit.W,
        "A" => ChargingRateUnit.A,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Not a charging rate unit."),
    };

    public static string ToOcppString(this ChargingRateUnit unit) => unit == ChargingRateUnit.A ? "A" : "W";
}
