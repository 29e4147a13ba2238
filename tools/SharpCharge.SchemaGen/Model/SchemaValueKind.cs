namespace SharpCharge.SchemaGen.Model;

/// <summary>The JSON shape of a property value, which decides its C# type and its checks.</summary>
internal enum SchemaValueKind
{
    /// <summary>string -> string.</summary>
    String,

    /// <summary>string, format date-time -> DateTimeOffset.</summary>
    DateTime,

    /// <summary>string, format uri -> string (checked to be an absolute URI).</summary>
    Uri,

    /// <summary>integer -> int.</summary>
    Integer,

    /// <summary>number -> decimal.</summary>
    Number,

    /// <summary>boolean -> bool.</summary>
    Boolean,

    /// <summary>A string enumeration -> the generated enum.</summary>
    Enum,

    /// <summary>object -> the generated record.</summary>
    Object,

    /// <summary>array -> IReadOnlyList of the item type.</summary>
    Array,

    /// <summary>No type at all (2.x DataTransfer data) -> JsonElement.</summary>
    Any,
}
