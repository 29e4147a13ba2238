using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>
/// Writes the validator of one object type as static methods on its record: <c>Validate</c> for a payload
/// (matching the OcppPayloadValidator delegate) and <c>ValidateObject</c> for the members of any object of the
/// type. The code is compiled from the schema; nothing is interpreted at run time.
/// </summary>
internal sealed class ValidatorEmitter
{
    private readonly OcppSchemaVersion _version;
    private readonly SchemaType _type;
    private readonly HashSet<string> _propertyNames;
    private readonly CodeWriter _w;

    private ValidatorEmitter(OcppSchemaVersion version, SchemaType type, CodeWriter writer)
    {
        _version = version;
        _type = type;
        _w = writer;
        _propertyNames = type.Properties.Select(p => p.CSharpName).ToHashSet(StringComparer.Ordinal);
    }

    public static void Emit(OcppSchemaVersion version, SchemaType type, CodeWriter writer)
        => new ValidatorEmitter(version, type, writer).Emit();

    private void Emit()
    {
        if (_type.Role is SchemaTypeRole.Request or SchemaTypeRole.Response or SchemaTypeRole.Send)
        {
            _w.Line($"/// <summary>Checks a payload against the {_type.Name} schema; see <see cref=\"OcppPayloadValidator\"/>.</summary>");
            _w.Line("internal static bool Validate(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)");
            _w.Indent();
            _w.Line("=> OcppJsonValidation.StartPayload(ref reader, out error) && ValidateObject(ref reader, out error);");
            _w.Outdent();
            _w.Line();
        }

        _w.Line($"/// <summary>Checks the members of a {_type.Name} object: from its StartObject token to its EndObject token.</summary>");
        _w.Open("internal static bool ValidateObject(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error)");
        if (_type.Properties.Count > 0)
        {
            _w.Line("ulong seen = 0;");
        }

        // A closed object without properties accepts none: the first property name is already the error.
        var loop = _type.Properties.Count == 0 && !_type.AdditionalProperties ? "if" : "while";
        _w.Open($"{loop} (OcppJsonValidation.NextProperty(ref reader))");
        for (var i = 0; i < _type.Properties.Count; i++)
        {
            EmitProperty(_type.Properties[i], i);
            _w.Line();
        }

        if (_type.AdditionalProperties)
        {
            _w.Line("OcppJsonValidation.SkipProperty(ref reader);");
        }
        else
        {
            _w.Line($"return OcppJsonValidation.UnknownProperty(ref reader, {CodeWriter.Literal(_type.Name)}, out error);");
        }

        _w.Close();
        _w.Line();
        EmitRequiredCheck();
        _w.Line("error = null;");
        _w.Line("return true;");
        _w.Close();
    }

    private void EmitProperty(SchemaProperty property, int index)
    {
        var name = CodeWriter.Literal(property.JsonName);
        _w.Open($"if (reader.ValueTextEquals({name}u8))");
        var checks = new List<string> { $"OcppJsonValidation.EnterProperty(ref reader, ref seen, {Bit(index)}, {name}, out error)" };
        EmitValue(property.Value, name, checks);
        _w.Line("continue;");
        _w.Close();
    }

    /// <summary>
    /// Writes the checks of one value. <paramref name="checks"/> holds calls that must all succeed first; they are
    /// written as one condition together with this value's own leading checks.
    /// </summary>
    private void EmitValue(SchemaValue value, string at, List<string> checks)
    {
        switch (value.Kind)
        {
            case SchemaValueKind.Object:
                checks.Add($"OcppJsonValidation.CheckObject(ref reader, {at}, out error)");
                EmitChecks(checks);
                _w.Open($"if (!{TypeReference(value.Type!.Name)}.ValidateObject(ref reader, out error))");
                _w.Line($"error = OcppJsonValidation.Nest({at}, error);");
                _w.Line("return false;");
                _w.Close();
                _w.Line();
                return;

            case SchemaValueKind.Array:
                checks.Add($"OcppJsonValidation.CheckArray(ref reader, {at}, out error)");
                EmitChecks(checks);
                EmitItems(value, at);
                return;

            default:
                checks.Add(ScalarCheck(value, at));
                EmitChecks(checks);
                return;
        }
    }

    private void EmitItems(SchemaValue array, string at)
    {
        _w.Line("var count = 0;");
        _w.Open("while (OcppJsonValidation.NextItem(ref reader))");
        if (array.MaxItems is { } maxItems)
        {
            _w.Open($"if (count == {TypeNames.IntLiteral(maxItems)})");
            _w.Line($"error = OcppJsonValidation.TooManyItems({at}, {TypeNames.IntLiteral(maxItems)});");
            _w.Line("return false;");
            _w.Close();
            _w.Line();
        }

        EmitValue(array.Items!, $"new({at}, count)", []);
        _w.Line("count++;");
        _w.Close();
        _w.Line();

        if (array.MinItems is { } minItems and > 0)
        {
            _w.Open($"if (count < {TypeNames.IntLiteral(minItems)})");
            _w.Line($"error = OcppJsonValidation.TooFewItems({at}, {TypeNames.IntLiteral(minItems)});");
            _w.Line("return false;");
            _w.Close();
            _w.Line();
        }
    }

    private string ScalarCheck(SchemaValue value, string at)
    {
        var arguments = new List<string>();
        string method;
        switch (value.Kind)
        {
            case SchemaValueKind.String:
                method = "CheckString";
                AddIf(arguments, "maxLength", value.MaxLength is { } stringLength ? TypeNames.IntLiteral(stringLength) : null);
                break;
            case SchemaValueKind.Uri:
                method = "CheckUri";
                AddIf(arguments, "maxLength", value.MaxLength is { } uriLength ? TypeNames.IntLiteral(uriLength) : null);
                break;
            case SchemaValueKind.DateTime:
                method = "CheckDateTime";
                break;
            case SchemaValueKind.Integer:
                method = "CheckInteger";
                AddIf(arguments, "minimum", value.Minimum is { } intMinimum ? TypeNames.IntLiteral(intMinimum) : null);
                AddIf(arguments, "maximum", value.Maximum is { } intMaximum ? TypeNames.IntLiteral(intMaximum) : null);
                break;
            case SchemaValueKind.Number:
                method = "CheckNumber";
                AddIf(arguments, "minimum", value.Minimum is { } minimum ? TypeNames.DecimalLiteral(minimum) : null);
                AddIf(arguments, "maximum", value.Maximum is { } maximum ? TypeNames.DecimalLiteral(maximum) : null);
                AddIf(arguments, "multipleOf", value.MultipleOf is { } step ? TypeNames.DecimalLiteral(step) : null);
                break;
            case SchemaValueKind.Boolean:
                method = "CheckBoolean";
                break;
            case SchemaValueKind.Any:
                method = "CheckAny";
                break;
            case SchemaValueKind.Enum:
                return $"{TypeReference(value.Type!.Name + "Schema")}.Check(ref reader, {at}, out error)";
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, null);
        }

        var extra = arguments.Count == 0 ? "" : ", " + string.Join(", ", arguments);
        return $"OcppJsonValidation.{method}(ref reader, {at}, out error{extra})";
    }

    private void EmitChecks(List<string> checks)
    {
        for (var i = 0; i < checks.Count; i++)
        {
            var start = i == 0 ? "if (!" : "    || !";
            var end = i == checks.Count - 1 ? ")" : "";
            _w.Line(start + checks[i] + end);
        }

        _w.Line("{");
        _w.Indent();
        _w.Line("return false;");
        _w.Close();
        _w.Line();
    }

    private void EmitRequiredCheck()
    {
        var required = _type.Properties.Select((p, i) => (Property: p, Bit: i)).Where(p => p.Property.Required).ToList();
        if (required.Count == 0)
        {
            return;
        }

        _w.Line($"const ulong Required = {string.Join(" | ", required.Select(r => required.Count == 1 ? Bit(r.Bit) : $"({Bit(r.Bit)})"))};");
        _w.Open("if ((seen & Required) != Required)");
        if (required.Count == 1)
        {
            _w.Line($"error = OcppJsonValidation.MissingRequired({CodeWriter.Literal(required[0].Property.JsonName)});");
        }
        else
        {
            // The lowest missing bit is the first missing property in schema order.
            _w.Line("error = OcppJsonValidation.MissingRequired(BitOperations.TrailingZeroCount(Required & ~seen) switch");
            _w.Line("{");
            _w.Indent();
            foreach (var (property, bit) in required.Take(required.Count - 1))
            {
                _w.Line($"{TypeNames.IntLiteral(bit)} => {CodeWriter.Literal(property.JsonName)},");
            }

            _w.Line($"_ => {CodeWriter.Literal(required[^1].Property.JsonName)},");
            _w.Outdent();
            _w.Line("});");
        }

        _w.Line("return false;");
        _w.Close();
        _w.Line();
    }

    /// <summary>
    /// A type used in a static method of this record. When one of the record's properties has the same name,
    /// the simple name would mean the property, so the type is qualified.
    /// </summary>
    private string TypeReference(string typeName)
        => _propertyNames.Contains(typeName) ? $"global::{_version.Namespace}.{typeName}" : typeName;

    private static string Bit(int index) => $"1UL << {TypeNames.IntLiteral(index)}";

    private static void AddIf(List<string> arguments, string name, string? value)
    {
        if (value is not null)
        {
            arguments.Add($"{name}: {value}");
        }
    }
}
