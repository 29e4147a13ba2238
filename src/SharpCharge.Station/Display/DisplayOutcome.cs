namespace SharpCharge.Station.Display;

/// <summary>SetDisplayMessage answers, named as 2.x names them (O01, O02, O06).</summary>
internal enum DisplayOutcome
{
    Accepted,
    Rejected,
    NotSupportedMessageFormat,
    NotSupportedState,
    UnknownTransaction,
}
