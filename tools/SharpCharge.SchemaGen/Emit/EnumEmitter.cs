using System.Text;
using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>
/// Writes an enumeration: the C# enum with the wire spelling of each value, its public conversions to and from
/// that spelling (C# 14 extension members, plain switches, no reflection), and a small static class that
/// recognises the values as UTF-8 (for the validators).
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(OcppSchemaVersion version, SchemaType type)
    {
        var members = NameRules.EnumMemberNames(type.Name, type.EnumValues);
        var w = CodeWriter.StartFile(version.Namespace,
            ["System.Diagnostics.CodeAnalysis", "System.Text.Json", "System.Text.Json.Serialization", "SharpCharge.Ocpp.Validation"]);

        w.Line(TypeNames.Summary(type));
        w.Line($"[JsonConverter(typeof(JsonStringEnumConverter<{type.Name}>))]");
        w.Open($"public enum {type.Name}");
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            w.Line($"[JsonStringEnumMemberName({CodeWriter.Literal(type.EnumValues[i])})]");
            w.Line(members[i] + ",");
        }

        w.Close();
        w.Line();

        EmitConversions(w, type, members);
        w.Line();

        w.Line($"/// <summary>The wire values of <see cref=\"{type.Name}\"/>, for the generated validators.</summary>");
        w.Open($"internal static class {type.Name}Schema");
        w.Line("/// <summary>True when <paramref name=\"utf8\"/> is one of the values, exactly (case-sensitive).</summary>");
        w.Line("internal static bool IsDefined(ReadOnlySpan<byte> utf8) => utf8.Length switch");
        w.Line("{");
        w.Indent();
        foreach (var group in type.EnumValues
            .GroupBy(v => Encoding.UTF8.GetByteCount(v))
            .OrderBy(g => g.Key))
        {
            var tests = group.Order(StringComparer.Ordinal).Select(v => $"utf8.SequenceEqual({CodeWriter.Literal(v)}u8)").ToList();
            w.Line($"{group.Key} => {tests[0]}{(tests.Count == 1 ? "," : "")}");
            for (var i = 1; i < tests.Count; i++)
            {
                w.Line($"    || {tests[i]}{(i == tests.Count - 1 ? "," : "")}");
            }
        }

        w.Line("_ => false,");
        w.Outdent();
        w.Line("};");
        w.Line();
        w.Line("/// <summary>Checks that the value under <paramref name=\"reader\"/> is a string holding one of the values.</summary>");
        w.Line("internal static bool Check(ref Utf8JsonReader reader, OcppJsonPathSegment at, [NotNullWhen(false)] out OcppValidationError? error)");
        w.Indent();
        w.Line($"=> OcppJsonValidation.CheckEnum(ref reader, at, {CodeWriter.Literal(type.Name)}, IsDefined, out error);");
        w.Outdent();
        w.Close();
        return new GeneratedFile($"{version.Id}/Enums/{type.Name}.cs", w.ToString());
    }

    /// <summary>
    /// <c>value.ToOcppString()</c> and <c>XxxEnumType.TryParseOcpp(text, out value)</c>: the same spellings as
    /// <c>[JsonStringEnumMemberName]</c>, compared ordinally, as the schemas' <c>enum</c> keyword does.
    /// </summary>
    private static void EmitConversions(CodeWriter w, SchemaType type, IReadOnlyList<string> members)
    {
        var name = type.Name;
        w.Line($"/// <summary>Converts <see cref=\"{name}\"/> to and from its OCPP spelling, without reflection.</summary>");
        w.Open($"public static class {name}Extensions");
        w.Open($"extension({name} value)");
        w.Line($"/// <summary>The value as OCPP spells it on the wire, e.g. \"{Xml(type.EnumValues[0])}\".</summary>");
        w.Line($"/// <exception cref=\"ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a member of <see cref=\"{name}\"/>.</exception>");
        w.Line("public string ToOcppString() => value switch");
        w.Line("{");
        w.Indent();
        for (var i = 0; i < members.Count; i++)
        {
            w.Line($"{name}.{members[i]} => {CodeWriter.Literal(type.EnumValues[i])},");
        }

        w.Line("_ => throw new ArgumentOutOfRangeException(nameof(value), value, null),");
        w.Outdent();
        w.Line("};");
        w.Close();
        w.Line();

        w.Open($"extension({name})");
        w.Line("/// <summary>Reads a value spelled exactly as OCPP spells it (case-sensitive).</summary>");
        w.Open($"public static bool TryParseOcpp(string? text, out {name} value)");
        w.Open("switch (text)");
        for (var i = 0; i < members.Count; i++)
        {
            w.Line($"case {CodeWriter.Literal(type.EnumValues[i])}:");
            w.Indent();
            w.Line($"value = {name}.{members[i]};");
            w.Line("return true;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line("value = default;");
        w.Line("return false;");
        w.Outdent();
        w.Close();
        w.Close();
        w.Close();
        w.Close();
    }

    private static string Xml(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
