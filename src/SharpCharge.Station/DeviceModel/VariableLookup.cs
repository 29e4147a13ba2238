namespace SharpCharge.Station.DeviceModel;

/// <summary>What looking up a component, variable and attribute found (2.x GetVariableStatus / SetVariableStatus).</summary>
internal enum VariableLookup
{
    Found,
    UnknownComponent,
    UnknownVariable,
    NotSupportedAttributeType,
}
