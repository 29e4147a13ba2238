namespace SharpCharge.SchemaGen.Model;

/// <summary>The shape and constraints of one value: a property, or the items of an array.</summary>
internal sealed record SchemaValue(SchemaValueKind Kind)
{
    /// <summary>The generated type of an <see cref="SchemaValueKind.Enum"/> or <see cref="SchemaValueKind.Object"/>.</summary>
    public SchemaType? Type { get; init; }

    /// <summary>The item shape of an <see cref="SchemaValueKind.Array"/>.</summary>
    public SchemaValue? Items { get; init; }

    public int? MaxLength { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public decimal? MultipleOf { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }
}
