namespace SharpCharge.SchemaGen.Model;

/// <summary>
/// One generated version: its schema folders, one C# namespace, one JSON context and one action catalogue.
/// The 1.6 security white paper messages share the 1.6 namespace.
/// </summary>
/// <param name="Id">The OcppVersion member and folder name (<c>V201</c>).</param>
/// <param name="Label">How the version is written for people (<c>2.0.1</c>).</param>
/// <param name="Sources">The schema folders, in reading order.</param>
internal sealed record OcppSchemaVersion(string Id, string Label, IReadOnlyList<SchemaSource> Sources)
{
    public static OcppSchemaVersion V16 { get; } = new("V16", "1.6",
    [
        new SchemaSource("ocpp1.6", "OCPP 1.6", InlineTypes: true),
        new SchemaSource("ocpp1.6-security", "OCPP 1.6 security", InlineTypes: false),
    ]);

    public static OcppSchemaVersion V201 { get; } = new("V201", "2.0.1", [new SchemaSource("ocpp2.0.1", "OCPP 2.0.1", InlineTypes: false)]);

    public static OcppSchemaVersion V21 { get; } = new("V21", "2.1", [new SchemaSource("ocpp2.1", "OCPP 2.1", InlineTypes: false)]);

    public static IReadOnlyList<OcppSchemaVersion> All { get; } = [V16, V201, V21];

    public string Namespace => $"SharpCharge.Ocpp.Messages.{Id}";

    public string ActionsClass => $"{Id}Actions";

    public string JsonContextClass => $"{Id}JsonContext";
}
