using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>
/// Writes an object type as a sealed record: one init property per schema property with its exact JSON name,
/// <c>required</c> where the schema requires it, the message interface for payloads, and its validator.
/// </summary>
internal static class RecordEmitter
{
    public static GeneratedFile Emit(OcppSchemaVersion version, SchemaType type, ActionSchema? action)
    {
        var usings = new List<string> { "System.Diagnostics.CodeAnalysis", "System.Text.Json", "SharpCharge.Ocpp.Validation" };
        if (type.Properties.Count > 0 || type.AdditionalProperties)
        {
            usings.Add("System.Text.Json.Serialization");
        }

        if (type.Properties.Count(p => p.Required) > 1)
        {
            usings.Add("System.Numerics");
        }

        var w = CodeWriter.StartFile(version.Namespace, usings);
        w.Line(TypeNames.Summary(type));
        w.Open($"public sealed partial record {type.Name}{Interface(type, action)}");

        foreach (var property in type.Properties)
        {
            w.Line($"[JsonPropertyName({CodeWriter.Literal(property.JsonName)})]");
            var modifier = property.Required ? "required " : "";
            w.Line($"public {modifier}{TypeNames.Of(property.Value, property.Required)} {property.CSharpName} {{ get; init; }}");
            w.Line();
        }

        if (type.AdditionalProperties)
        {
            // The schema allows members it does not describe (vendor data); keep them so they survive a round trip.
            // A setter, not init: System.Text.Json cannot fill init-only extension data of a type with required members.
            w.Line("[JsonExtensionData]");
            w.Line("public Dictionary<string, JsonElement>? ExtensionData { get; set; }");
            w.Line();
        }

        switch (type.Role)
        {
            case SchemaTypeRole.Request:
                w.Line($"OcppAction IOcppRequest.Action => {version.ActionsClass}.{action!.Name};");
                w.Line();
                break;
            case SchemaTypeRole.Send:
                w.Line($"OcppAction IOcppSendMessage.Action => {version.ActionsClass}.{action!.Name};");
                w.Line();
                break;
        }

        ValidatorEmitter.Emit(version, type, w);
        w.Close();

        var folder = type.Role == SchemaTypeRole.Datatype ? $"{version.Id}/Types" : version.Id;
        return new GeneratedFile($"{folder}/{type.Name}.cs", w.ToString());
    }

    private static string Interface(SchemaType type, ActionSchema? action) => type.Role switch
    {
        SchemaTypeRole.Request => $" : IOcppRequest<{action!.Response!.Name}>",
        SchemaTypeRole.Response => " : IOcppResponse",
        SchemaTypeRole.Send => " : IOcppSendMessage",
        _ => "",
    };
}
