using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// Values the specification's errata add and the published schemas lack. A receiver must accept them, so the
/// generated enums and validators include them. The schemas themselves stay unmodified.
/// </summary>
internal static class SchemaErrata
{
    private static readonly Dictionary<(string Version, string Enum), string[]> ExtraEnumValues = new()
    {
        // OCPP 1.6 errata sheet, §7.31 Measurand "Frequency": its unit is Hertz, which UnitOfMeasure does not list;
        // the schema README names the gap and chargers send "Hertz".
        [("V16", "UnitOfMeasure")] = ["Hertz"],
    };

    /// <summary>The values to add to an enumeration of a version, if any.</summary>
    public static IReadOnlyList<string> ExtraValues(OcppSchemaVersion version, string enumName)
        => ExtraEnumValues.GetValueOrDefault((version.Id, enumName)) ?? [];

    /// <summary>Every enumeration the table amends in a version, so an entry that no longer matches anything fails generation.</summary>
    public static IEnumerable<string> AmendedEnums(OcppSchemaVersion version)
        => ExtraEnumValues.Keys.Where(key => key.Version == version.Id).Select(key => key.Enum);
}
