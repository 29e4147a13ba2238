namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// One step of a validation error path: a property (<c>model</c>) or an item of an array property
/// (<c>sampledValue[2]</c>). A value type so the generated validators pass it around without allocating; it is
/// only turned into text when a payload fails.
/// </summary>
internal readonly struct OcppJsonPathSegment
{
    private readonly string _name;
    private readonly int _index;

    /// <summary>The item <paramref name="index"/> of the array property <paramref name="name"/>; -1 for the property itself.</summary>
    public OcppJsonPathSegment(string name, int index = -1)
    {
        _name = name;
        _index = index;
    }

    public static implicit operator OcppJsonPathSegment(string name) => new(name);

    /// <inheritdoc />
    public override string ToString() => _index < 0 ? _name : $"{_name}[{_index}]";
}
