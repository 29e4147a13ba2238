using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Validation;
using static SharpCharge.Ocpp.Tests.Validation.ValidationAssert;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>OCPP 1.6 payloads that break their schema, and the CALLERROR codes OCPP-J 1.6 §4.2.3 names for them (1.6 spellings).</summary>
[Trait("Spec", "OCPP-J 1.6 §4.2.3")]
public sealed class V16PayloadValidationTests
{
    private const string Time = "2024-01-02T03:04:05Z";

    [Fact]
    public void BootNotification_WithoutModel_IsOccurenceConstraintViolation()
    {
        var error = Invalid(V16Actions.BootNotification, """{"chargePointVendor":"V"}""",
            OcppValidationErrorKind.MissingRequired, "chargePointModel", "OccurenceConstraintViolation");

        Assert.Equal("chargePointModel is required but missing.", error.Message);
    }

    [Fact]
    public void MeterValues_SampledValueWithoutValue_NamesTheNestedPath()
        => Invalid(V16Actions.MeterValues,
            $$"""{"connectorId":1,"meterValue":[{"timestamp":"{{Time}}","sampledValue":[{"value":"1"},{"unit":"Wh"}]}]}""",
            OcppValidationErrorKind.MissingRequired, "meterValue[0].sampledValue[1].value", "OccurenceConstraintViolation");

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata sheet §7.31")]
    public void MeterValues_FrequencyInHertz_IsValidThoughTheSchemaLacksIt()
        => Valid(V16Actions.MeterValues,
            $$"""{"connectorId":1,"meterValue":[{"timestamp":"{{Time}}","sampledValue":[{"value":"50.01","measurand":"Frequency","unit":"Hertz"}]}]}""");

    [Fact]
    public void StartTransaction_ConnectorIdAsString_IsTypeConstraintViolation()
        => Invalid(V16Actions.StartTransaction, $$"""{"connectorId":"1","idTag":"T","meterStart":0,"timestamp":"{{Time}}"}""",
            OcppValidationErrorKind.WrongType, "connectorId", "TypeConstraintViolation");

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("1e2")]
    public void MeterValues_IntegerWithFractionOrExponent_IsTypeConstraintViolation(string connectorId)
        => Invalid(V16Actions.MeterValues, $$"""{"connectorId":{{connectorId}},"meterValue":[]}""",
            OcppValidationErrorKind.WrongType, "connectorId", "TypeConstraintViolation");

    [Fact]
    public void MeterValues_IntegerBeyondInt32_IsPropertyConstraintViolation()
        => Invalid(V16Actions.MeterValues, """{"connectorId":2147483648,"meterValue":[]}""",
            OcppValidationErrorKind.NumberOutOfRange, "connectorId", "PropertyConstraintViolation");

    [Theory]
    [InlineData("Broken")]
    [InlineData("available")]
    public void StatusNotification_StatusNotInEnum_IsPropertyConstraintViolation(string status)
        => Invalid(V16Actions.StatusNotification, $$"""{"connectorId":1,"errorCode":"NoError","status":"{{status}}"}""",
            OcppValidationErrorKind.NotInEnum, "status", "PropertyConstraintViolation");

    [Fact]
    public void BootNotification_VendorOver20Characters_IsPropertyConstraintViolation()
    {
        var error = Invalid(V16Actions.BootNotification, """{"chargePointVendor":"123456789012345678901","chargePointModel":"M"}""",
            OcppValidationErrorKind.StringTooLong, "chargePointVendor", "PropertyConstraintViolation");

        Assert.Equal("chargePointVendor is longer than 20 characters.", error.Message);
    }

    [Fact]
    public void BootNotification_Vendor20CharactersOutsideAscii_IsValid()
    {
        // 20 characters, 80 bytes in UTF-8 and 40 UTF-16 units; JSON Schema counts characters.
        var vendor = string.Concat(Enumerable.Repeat("😀", 20));
        Valid(V16Actions.BootNotification, $$"""{"chargePointVendor":"{{vendor}}","chargePointModel":"M"}""");
        Valid(V16Actions.BootNotification, $$"""{"chargePointVendor":"{{string.Concat(Enumerable.Repeat("\\ud83d\\ude00", 20))}}","chargePointModel":"M"}""");
    }

    [Fact]
    public void Heartbeat_UnknownProperty_IsFormationViolation()
        => Invalid(V16Actions.Heartbeat, """{"extra":1}""", OcppValidationErrorKind.UnknownProperty, "extra", "FormationViolation");

    [Fact]
    public void Authorize_UnknownPropertyInIdTagInfo_IsFormationViolation()
        => Invalid(V16Actions.Authorize, """{"idTagInfo":{"status":"Accepted","foo":1}}""",
            OcppValidationErrorKind.UnknownProperty, "idTagInfo.foo", "FormationViolation", response: true);

    [Fact]
    [Trait("Spec", "OCPP 1.6 errata: limit has one decimal")]
    public void SetChargingProfile_LimitWithTwoDecimals_IsPropertyConstraintViolation()
    {
        var error = Invalid(V16Actions.SetChargingProfile, ChargingProfile("10.05"), OcppValidationErrorKind.NumberOutOfRange,
            "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit", "PropertyConstraintViolation");

        Assert.EndsWith("is not a multiple of 0.1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("16.7")]
    [InlineData("32")]
    public void SetChargingProfile_LimitWithOneDecimal_IsValid(string limit)
        => Valid(V16Actions.SetChargingProfile, ChargingProfile(limit));

    [Fact]
    public void GetInstalledCertificateIds_EmptyHashList_IsOccurenceConstraintViolation()
        => Invalid(V16Actions.GetInstalledCertificateIds, """{"status":"Accepted","certificateHashData":[]}""",
            OcppValidationErrorKind.TooFewItems, "certificateHashData", "OccurenceConstraintViolation", response: true);

    [Theory]
    [InlineData("2024-01-02")]
    [InlineData("2024-01-02T03:04:05")]
    [InlineData("2024-02-30T03:04:05Z")]
    [InlineData("yesterday")]
    public void StartTransaction_TimestampNotRfc3339_IsPropertyConstraintViolation(string timestamp)
        => Invalid(V16Actions.StartTransaction, $$"""{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"{{timestamp}}"}""",
            OcppValidationErrorKind.InvalidFormat, "timestamp", "PropertyConstraintViolation");

    [Fact]
    public void GetDiagnostics_LocationNotAnAbsoluteUri_IsPropertyConstraintViolation()
        => Invalid(V16Actions.GetDiagnostics, """{"location":"/var/log/diagnostics"}""",
            OcppValidationErrorKind.InvalidFormat, "location", "PropertyConstraintViolation");

    [Fact]
    public void GetDiagnostics_LocationWithEscapedSlashes_IsValid()
        => Valid(V16Actions.GetDiagnostics, """{"location":"ftp:\/\/user:pw@example.com\/diagnostics\/"}""");

    [Fact]
    public void BootNotification_NullOptionalField_IsTypeConstraintViolation()
        => Invalid(V16Actions.BootNotification, """{"chargePointVendor":"V","chargePointModel":"M","firmwareVersion":null}""",
            OcppValidationErrorKind.WrongType, "firmwareVersion", "TypeConstraintViolation");

    [Fact]
    public void BootNotification_VendorTwice_IsFormationViolation()
        => Invalid(V16Actions.BootNotification, """{"chargePointVendor":"V","chargePointModel":"M","chargePointVendor":"W"}""",
            OcppValidationErrorKind.DuplicateProperty, "chargePointVendor", "FormationViolation");

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"BootNotification\"")]
    public void BootNotification_PayloadNotAnObject_IsFormationViolation(string payload)
    {
        var error = Invalid(V16Actions.BootNotification, payload, OcppValidationErrorKind.PayloadNotObject, "", "FormationViolation");

        Assert.Equal("The payload must be a JSON object.", error.Message);
    }

    private static string ChargingProfile(string limit)
        => """{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,"chargingProfilePurpose":"TxDefaultProfile","""
            + """ "chargingProfileKind":"Absolute","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":"""
            + limit + "}]}}}";
}
