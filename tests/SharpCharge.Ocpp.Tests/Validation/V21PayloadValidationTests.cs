using SharpCharge.Ocpp.Messages.V21;
using SharpCharge.Ocpp.Validation;
using static SharpCharge.Ocpp.Tests.Validation.ValidationAssert;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>OCPP 2.1 payloads that break their schema, and the CALLERROR codes of 2.1 Part 4 §4.3.</summary>
[Trait("Spec", "OCPP 2.1 Part 4 §4.3")]
public sealed class V21PayloadValidationTests
{
    private const string Time = "2024-01-02T03:04:05Z";

    [Fact]
    public void BootNotification_StationWithoutModel_IsOccurrenceConstraintViolation()
        => Invalid(V21Actions.BootNotification, """{"chargingStation":{"vendorName":"V"},"reason":"PowerUp"}""",
            OcppValidationErrorKind.MissingRequired, "chargingStation.model", "OccurrenceConstraintViolation");

    [Fact]
    public void StatusNotification_EvseIdAsString_IsTypeConstraintViolation()
        => Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Available","evseId":"1","connectorId":1}""",
            OcppValidationErrorKind.WrongType, "evseId", "TypeConstraintViolation");

    [Fact]
    public void StatusNotification_UnknownConnectorStatus_IsPropertyConstraintViolation()
        => Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Charging","evseId":1,"connectorId":1}""",
            OcppValidationErrorKind.NotInEnum, "connectorStatus", "PropertyConstraintViolation");

    [Fact]
    public void StatusNotification_NegativeEvseId_IsPropertyConstraintViolation()
    {
        var error = Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Available","evseId":-1,"connectorId":1}""",
            OcppValidationErrorKind.NumberOutOfRange, "evseId", "PropertyConstraintViolation");

        Assert.Equal("evseId is less than 0.", error.Message);
    }

    [Fact]
    public void UpdateDynamicSchedule_PositiveDischargeLimit_IsPropertyConstraintViolation()
        => Invalid(V21Actions.UpdateDynamicSchedule, """{"chargingProfileId":1,"scheduleUpdate":{"dischargeLimit":5.5}}""",
            OcppValidationErrorKind.NumberOutOfRange, "scheduleUpdate.dischargeLimit", "PropertyConstraintViolation");

    [Fact]
    public void UpdateDynamicSchedule_NumberBeyondDecimal_IsPropertyConstraintViolation()
        => Invalid(V21Actions.UpdateDynamicSchedule, """{"chargingProfileId":1,"scheduleUpdate":{"limit":1e40}}""",
            OcppValidationErrorKind.NumberOutOfRange, "scheduleUpdate.limit", "PropertyConstraintViolation");

    [Fact]
    public void BootNotification_ModelOver20Characters_IsPropertyConstraintViolation()
        => Invalid(V21Actions.BootNotification, """{"chargingStation":{"model":"123456789012345678901","vendorName":"V"},"reason":"PowerUp"}""",
            OcppValidationErrorKind.StringTooLong, "chargingStation.model", "PropertyConstraintViolation");

    [Fact]
    public void StatusNotification_UnknownProperty_IsFormatViolation()
        => Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Available","evseId":1,"connectorId":1,"x":1}""",
            OcppValidationErrorKind.UnknownProperty, "x", "FormatViolation");

    [Fact]
    public void GetReport_FiveCriteria_IsOccurrenceConstraintViolation()
        => Invalid(V21Actions.GetReport, """{"requestId":1,"componentCriteria":["Active","Available","Enabled","Problem","Active"]}""",
            OcppValidationErrorKind.TooManyItems, "componentCriteria", "OccurrenceConstraintViolation");

    [Fact]
    public void NotifyPeriodicEventStream_NoData_IsOccurrenceConstraintViolation()
        => Invalid(V21Actions.NotifyPeriodicEventStream, $$"""{"id":1,"pending":0,"basetime":"{{Time}}","data":[]}""",
            OcppValidationErrorKind.TooFewItems, "data", "OccurrenceConstraintViolation");

    [Fact]
    public void NotifyPeriodicEventStream_DataElementWithoutValue_NamesTheItem()
        => Invalid(V21Actions.NotifyPeriodicEventStream, $$"""{"id":1,"pending":0,"basetime":"{{Time}}","data":[{"t":1.5,"v":"1"},{"t":2}]}""",
            OcppValidationErrorKind.MissingRequired, "data[1].v", "OccurrenceConstraintViolation");

    [Fact]
    public void NotifyPeriodicEventStream_IsSendOnly_AndHasNoResponse()
    {
        Assert.True(V21Actions.NotifyPeriodicEventStream.IsSendOnly);
        Valid(V21Actions.NotifyPeriodicEventStream, $$"""{"id":1,"pending":0,"basetime":"{{Time}}","data":[{"t":1.5,"v":"1"}]}""");
        Assert.NotNull(Validate(V21Actions.NotifyPeriodicEventStream, "{}", response: true));
    }

    [Fact]
    public void StatusNotification_TimestampWithoutOffset_IsPropertyConstraintViolation()
        => Invalid(V21Actions.StatusNotification, """{"timestamp":"2024-01-02T03:04:05","connectorStatus":"Available","evseId":1,"connectorId":1}""",
            OcppValidationErrorKind.InvalidFormat, "timestamp", "PropertyConstraintViolation");

    [Fact]
    public void StatusNotification_NullConnectorId_IsTypeConstraintViolation()
        => Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Available","evseId":1,"connectorId":null}""",
            OcppValidationErrorKind.WrongType, "connectorId", "TypeConstraintViolation");

    [Fact]
    public void StatusNotification_EvseIdTwice_IsFormatViolation()
        => Invalid(V21Actions.StatusNotification, $$"""{"timestamp":"{{Time}}","connectorStatus":"Available","evseId":1,"evseId":2,"connectorId":1}""",
            OcppValidationErrorKind.DuplicateProperty, "evseId", "FormatViolation");

    [Fact]
    public void Heartbeat_PayloadNotAnObject_IsProtocolError()
        => Invalid(V21Actions.Heartbeat, "[{}]", OcppValidationErrorKind.PayloadNotObject, "", "ProtocolError");
}
