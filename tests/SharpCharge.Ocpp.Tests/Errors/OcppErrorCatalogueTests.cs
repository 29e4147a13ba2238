using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Tests.Errors;

public sealed class OcppErrorCatalogueTests
{
    [Theory]
    [Trait("Spec", "OCPP-J 1.6 errata §5.1, §5.2")]
    [InlineData(OcppVersion.V16, OcppErrorCode.FormatViolation, "FormationViolation")]
    [InlineData(OcppVersion.V16, OcppErrorCode.OccurrenceConstraintViolation, "OccurenceConstraintViolation")]
    [InlineData(OcppVersion.V201, OcppErrorCode.FormatViolation, "FormatViolation")]
    [InlineData(OcppVersion.V201, OcppErrorCode.OccurrenceConstraintViolation, "OccurrenceConstraintViolation")]
    [InlineData(OcppVersion.V21, OcppErrorCode.FormatViolation, "FormatViolation")]
    [InlineData(OcppVersion.V21, OcppErrorCode.RpcFrameworkError, "RpcFrameworkError")]
    [InlineData(OcppVersion.V16, OcppErrorCode.RpcFrameworkError, "ProtocolError")]
    [InlineData(OcppVersion.V201, OcppErrorCode.MessageTypeNotSupported, "MessageTypeNotSupported")]
    public void WireName_SpellsTheCodeAsTheVersionDoes(OcppVersion version, OcppErrorCode code, string expected)
        => Assert.Equal(expected, OcppErrorCatalogue.For(version).WireName(code));

    [Theory]
    [InlineData("FormationViolation", OcppErrorCode.FormatViolation)]
    [InlineData("FormatViolation", OcppErrorCode.FormatViolation)]
    [InlineData("OccurenceConstraintViolation", OcppErrorCode.OccurrenceConstraintViolation)]
    [InlineData("OccurrenceConstraintViolation", OcppErrorCode.OccurrenceConstraintViolation)]
    [InlineData("NotImplemented", OcppErrorCode.NotImplemented)]
    [InlineData("SomethingVendorSpecific", OcppErrorCode.GenericError)]
    [InlineData("", OcppErrorCode.GenericError)]
    public void Parse_AcceptsBothSpellingsAndReadsUnknownAsGenericError(string wire, OcppErrorCode expected)
        => Assert.Equal(expected, OcppErrorCatalogue.Parse(wire));

    [Theory]
    [Trait("Spec", "OCPP-J 1.6 §4.1.3; OCPP 2.0.1 Part 4 §4.4; OCPP 2.1 Part 4 §4.4")]
    [InlineData(OcppVersion.V16, null)]
    [InlineData(OcppVersion.V201, OcppErrorCode.MessageTypeNotSupported)]
    [InlineData(OcppVersion.V21, null)]
    public void ForFrame_UnknownMessageType_IsAnsweredOnlyIn201(OcppVersion version, OcppErrorCode? expected)
        => Assert.Equal(expected, OcppErrorCatalogue.For(version).ForFrame(OcppFrameDefect.UnknownMessageType));

    [Theory]
    [InlineData(OcppVersion.V16, OcppFrameDefect.InvalidJson, OcppErrorCode.FormatViolation)]
    [InlineData(OcppVersion.V201, OcppFrameDefect.InvalidJson, OcppErrorCode.RpcFrameworkError)]
    [InlineData(OcppVersion.V16, OcppFrameDefect.NotAnArray, OcppErrorCode.ProtocolError)]
    [InlineData(OcppVersion.V21, OcppFrameDefect.NotAnArray, OcppErrorCode.RpcFrameworkError)]
    [InlineData(OcppVersion.V16, OcppFrameDefect.MessageIdTooLong, OcppErrorCode.FormatViolation)]
    [InlineData(OcppVersion.V201, OcppFrameDefect.MessageIdTooLong, OcppErrorCode.RpcFrameworkError)]
    [InlineData(OcppVersion.V201, OcppFrameDefect.DuplicateMessageId, OcppErrorCode.ProtocolError)]
    public void ForFrame_MapsDefectsPerVersion(OcppVersion version, OcppFrameDefect defect, OcppErrorCode expected)
        => Assert.Equal(expected, OcppErrorCatalogue.For(version).ForFrame(defect));

    [Theory]
    [InlineData(OcppValidationErrorKind.MissingRequired, OcppErrorCode.OccurrenceConstraintViolation)]
    [InlineData(OcppValidationErrorKind.TooManyItems, OcppErrorCode.OccurrenceConstraintViolation)]
    [InlineData(OcppValidationErrorKind.WrongType, OcppErrorCode.TypeConstraintViolation)]
    [InlineData(OcppValidationErrorKind.NotInEnum, OcppErrorCode.PropertyConstraintViolation)]
    [InlineData(OcppValidationErrorKind.StringTooLong, OcppErrorCode.PropertyConstraintViolation)]
    [InlineData(OcppValidationErrorKind.UnknownProperty, OcppErrorCode.FormatViolation)]
    public void ForValidation_MapsKindsToCodes(OcppValidationErrorKind kind, OcppErrorCode expected)
        => Assert.Equal(expected, OcppErrorCatalogue.V201.ForValidation(kind));

    [Fact]
    public void ForValidation_PayloadNotObject_Is16FormationViolationAnd2xProtocolError()
    {
        Assert.Equal(OcppErrorCode.FormatViolation, OcppErrorCatalogue.V16.ForValidation(OcppValidationErrorKind.PayloadNotObject));
        Assert.Equal(OcppErrorCode.ProtocolError, OcppErrorCatalogue.V201.ForValidation(OcppValidationErrorKind.PayloadNotObject));
    }
}
