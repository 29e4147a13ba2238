namespace SharpCharge.Station.DeviceModel;

/// <summary>2.x DataEnumType, in its order (the adapter casts).</summary>
internal enum VariableDataType
{
    String,
    Decimal,
    Integer,
    DateTime,
    Boolean,
    OptionList,
    SequenceList,
    MemberList,
}
