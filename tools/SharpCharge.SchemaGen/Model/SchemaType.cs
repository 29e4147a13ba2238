namespace SharpCharge.SchemaGen.Model;

/// <summary>A named type of one version: a message payload, a datatype or an enumeration.</summary>
internal sealed class SchemaType
{
    public required string Name { get; init; }

    public required SchemaTypeKind Kind { get; init; }

    public required SchemaTypeRole Role { get; init; }

    /// <summary>The schema set that defines it, e.g. "OCPP 2.0.1" or "OCPP 1.6 security"; used in doc comments.</summary>
    public required string SourceLabel { get; init; }

    /// <summary>The canonical schema text (without descriptions) that every definition of this name must match.</summary>
    public required string Signature { get; init; }

    /// <summary>The first schema file that defined it, for error messages.</summary>
    public required string Origin { get; init; }

    /// <summary>Object properties in schema order; filled in after the type is registered, so types may refer to each other.</summary>
    public IReadOnlyList<SchemaProperty> Properties { get; set; } = [];

    /// <summary>False when the schema says additionalProperties: false; true keeps unknown members (CustomDataType).</summary>
    public bool AdditionalProperties { get; set; }

    /// <summary>Enumeration values in schema order, exactly as spelled on the wire.</summary>
    public IReadOnlyList<string> EnumValues { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}
