namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// The first constraint a payload broke.
/// </summary>
/// <param name="Kind">What was broken; decides the CALLERROR code.</param>
/// <param name="Path">Where, as a JSON path relative to the payload, e.g. <c>chargingStation.model</c> or <c>meterValue[0].sampledValue[2].value</c>; empty for the payload itself.</param>
/// <param name="Message">A sentence for the errorDescription, naming the field and the constraint.</param>
public sealed record OcppValidationError(OcppValidationErrorKind Kind, string Path, string Message);
