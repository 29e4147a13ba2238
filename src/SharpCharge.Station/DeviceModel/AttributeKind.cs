namespace SharpCharge.Station.DeviceModel;

/// <summary>2.x AttributeEnumType, in its order (the adapter casts).</summary>
internal enum AttributeKind
{
    Actual,
    Target,
    MinSet,
    MaxSet,
}
