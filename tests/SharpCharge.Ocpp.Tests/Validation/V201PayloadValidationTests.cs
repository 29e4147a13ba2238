using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Validation;
using static SharpCharge.Ocpp.Tests.Validation.ValidationAssert;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>OCPP 2.0.1 payloads that break their schema, and the CALLERROR codes of 2.0.1 Part 4 §4.3.</summary>
[Trait("Spec", "OCPP 2.0.1 Part 4 §4.3")]
public sealed class V201PayloadValidationTests
{
    private const string Station = """{"model":"M","vendorName":"V"}""";

    [Fact]
    public void BootNotification_StationWithoutModel_IsOccurrenceConstraintViolation()
    {
        var error = Invalid(V201Actions.BootNotification, """{"chargingStation":{"vendorName":"V"},"reason":"PowerUp"}""",
            OcppValidationErrorKind.MissingRequired, "chargingStation.model", "OccurrenceConstraintViolation");

        Assert.Equal("chargingStation.model is required but missing.", error.Message);
    }

    [Fact]
    public void BootNotification_WithoutReasonAndStation_NamesTheFirstMissing()
        => Invalid(V201Actions.BootNotification, "{}", OcppValidationErrorKind.MissingRequired, "chargingStation", "OccurrenceConstraintViolation");

    [Fact]
    public void Heartbeat_CurrentTimeAsNumber_IsTypeConstraintViolation()
        => Invalid(V201Actions.Heartbeat, """{"currentTime":5}""", OcppValidationErrorKind.WrongType, "currentTime", "TypeConstraintViolation", response: true);

    [Fact]
    public void BootNotification_StationAsArray_IsTypeConstraintViolation()
        => Invalid(V201Actions.BootNotification, """{"chargingStation":[],"reason":"PowerUp"}""",
            OcppValidationErrorKind.WrongType, "chargingStation", "TypeConstraintViolation");

    [Fact]
    public void BootNotification_UnknownReason_IsPropertyConstraintViolation()
        => Invalid(V201Actions.BootNotification, $$"""{"chargingStation":{{Station}},"reason":"Bogus"}""",
            OcppValidationErrorKind.NotInEnum, "reason", "PropertyConstraintViolation");

    [Fact]
    public void BootNotification_ReasonWithEscapes_IsValid()
        => Valid(V201Actions.BootNotification, $$"""{"chargingStation":{{Station}},"reason":"\u0050ower\u0055p"}""");

    [Fact]
    public void BootNotification_ModelOver20Characters_IsPropertyConstraintViolation()
    {
        var error = Invalid(V201Actions.BootNotification, """{"chargingStation":{"model":"123456789012345678901","vendorName":"V"},"reason":"PowerUp"}""",
            OcppValidationErrorKind.StringTooLong, "chargingStation.model", "PropertyConstraintViolation");

        Assert.Equal("chargingStation.model is longer than 20 characters.", error.Message);
    }

    [Fact]
    public void BootNotification_UnknownPropertyInStation_IsFormatViolation()
        => Invalid(V201Actions.BootNotification, """{"chargingStation":{"model":"M","vendorName":"V","extra":true},"reason":"PowerUp"}""",
            OcppValidationErrorKind.UnknownProperty, "chargingStation.extra", "FormatViolation");

    [Fact]
    public void BootNotification_VendorFieldsInCustomData_AreValid()
        => Valid(V201Actions.BootNotification,
            $$$"""{"chargingStation":{{{Station}}},"reason":"PowerUp","customData":{"vendorId":"com.example","anything":[1,{"x":null}]}}""");

    [Fact]
    public void NotifyEVChargingNeeds_StateOfChargeOver100_IsPropertyConstraintViolation()
    {
        var error = Invalid(V201Actions.NotifyEVChargingNeeds,
            """{"evseId":1,"chargingNeeds":{"requestedEnergyTransfer":"DC","dcChargingParameters":{"evMaxCurrent":1,"evMaxVoltage":1,"stateOfCharge":101}}}""",
            OcppValidationErrorKind.NumberOutOfRange, "chargingNeeds.dcChargingParameters.stateOfCharge", "PropertyConstraintViolation");

        Assert.Equal("chargingNeeds.dcChargingParameters.stateOfCharge is greater than 100.", error.Message);
    }

    [Fact]
    public void MeterValues_NoMeterValue_IsOccurrenceConstraintViolation()
        => Invalid(V201Actions.MeterValues, """{"evseId":1,"meterValue":[]}""",
            OcppValidationErrorKind.TooFewItems, "meterValue", "OccurrenceConstraintViolation");

    [Fact]
    public void GetReport_FiveCriteria_IsOccurrenceConstraintViolation()
        => Invalid(V201Actions.GetReport, """{"requestId":1,"componentCriteria":["Active","Available","Enabled","Problem","Active"]}""",
            OcppValidationErrorKind.TooManyItems, "componentCriteria", "OccurrenceConstraintViolation");

    [Fact]
    public void GetReport_CriterionOfWrongType_NamesTheItem()
        => Invalid(V201Actions.GetReport, """{"requestId":1,"componentCriteria":["Active",2]}""",
            OcppValidationErrorKind.WrongType, "componentCriteria[1]", "TypeConstraintViolation");

    [Theory]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-01-01T00:00:00")]
    [InlineData("2024-01-01 00:00:00Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    public void Heartbeat_CurrentTimeNotRfc3339_IsPropertyConstraintViolation(string time)
        => Invalid(V201Actions.Heartbeat, $$"""{"currentTime":"{{time}}"}""",
            OcppValidationErrorKind.InvalidFormat, "currentTime", "PropertyConstraintViolation", response: true);

    [Theory]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-01-01t00:00:00.123456789z")]
    [InlineData("2024-01-01T00:00:00-05:30")]
    public void Heartbeat_CurrentTimeRfc3339_IsValid(string time)
        => Valid(V201Actions.Heartbeat, $$"""{"currentTime":"{{time}}"}""", response: true);

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.1.3")]
    public void BootNotification_NullForAnOptionalField_IsTypeConstraintViolation()
    {
        var error = Invalid(V201Actions.BootNotification, $$"""{"chargingStation":{{Station}},"reason":"PowerUp","customData":null}""",
            OcppValidationErrorKind.WrongType, "customData", "TypeConstraintViolation");

        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataTransfer_DataOfAnyShape_IsValidButNullIsNot()
    {
        Valid(V201Actions.DataTransfer, """{"vendorId":"v","data":{"a":[1,2,{"b":"c"}]}}""");
        Valid(V201Actions.DataTransfer, """{"vendorId":"v","data":"text"}""");
        Invalid(V201Actions.DataTransfer, """{"vendorId":"v","data":null}""", OcppValidationErrorKind.WrongType, "data", "TypeConstraintViolation");
    }

    [Fact]
    public void BootNotification_ReasonTwice_IsFormatViolation()
        => Invalid(V201Actions.BootNotification, $$"""{"chargingStation":{{Station}},"reason":"PowerUp","reason":"Unknown"}""",
            OcppValidationErrorKind.DuplicateProperty, "reason", "FormatViolation");

    [Fact]
    public void BootNotification_PayloadNotAnObject_IsProtocolError()
        => Invalid(V201Actions.BootNotification, "\"x\"", OcppValidationErrorKind.PayloadNotObject, "", "ProtocolError");
}
