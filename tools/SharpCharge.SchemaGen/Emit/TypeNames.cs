using System.Globalization;
using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Emit;

/// <summary>How model values are spelled in C#.</summary>
internal static class TypeNames
{
    /// <summary>The C# type of a property: nullable when the schema does not require it.</summary>
    public static string Of(SchemaValue value, bool required)
    {
        var type = Of(value);
        return required ? type : type + "?";
    }

    /// <summary>The C# type of a value.</summary>
    public static string Of(SchemaValue value) => value.Kind switch
    {
        SchemaValueKind.String or SchemaValueKind.Uri => "string",
        SchemaValueKind.DateTime => "DateTimeOffset",
        SchemaValueKind.Integer => "int",
        SchemaValueKind.Number => "decimal",
        SchemaValueKind.Boolean => "bool",
        SchemaValueKind.Enum or SchemaValueKind.Object => value.Type!.Name,
        SchemaValueKind.Array => $"IReadOnlyList<{Of(value.Items!)}>",
        SchemaValueKind.Any => "JsonElement",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, null),
    };

    /// <summary>A decimal literal (<c>0.1m</c>).</summary>
    public static string DecimalLiteral(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>An int literal from an integral schema bound.</summary>
    public static string IntLiteral(decimal value) => ((int)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>An int literal.</summary>
    public static string IntLiteral(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"OCPP 2.0.1 BootNotificationRequest."-style summary naming the schema a type came from.</summary>
    public static string Summary(SchemaType type) => $"/// <summary>{type.SourceLabel} {type.Name}.</summary>";
}
