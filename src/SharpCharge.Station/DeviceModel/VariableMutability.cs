namespace SharpCharge.Station.DeviceModel;

/// <summary>2.x MutabilityEnumType, in its order (the adapter casts).</summary>
internal enum VariableMutability
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
}
