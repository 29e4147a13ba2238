using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using SharpCharge.Ocpp.Validation;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>The reader contract that <see cref="OcppPayloadValidator"/> documents, on one generated validator.</summary>
public sealed class OcppPayloadValidatorTests
{
    private const string ValidBoot = """{"chargingStation":{"model":"SC-22","vendorName":"SharpCharge"},"reason":"PowerUp"}""";

    private static readonly OcppPayloadValidator Validator = V201.BootNotificationRequest.Validate;

    [Fact]
    public void Validator_ReaderNotStarted_ReadsTheFirstTokenItself()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(ValidBoot));
        Assert.Equal(JsonTokenType.None, reader.TokenType);

        Assert.True(Validator(ref reader, out var error), error?.Message);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Theory]
    [InlineData("[]", OcppValidationErrorKind.PayloadNotObject)]
    [InlineData("""{"reason":"PowerUp"}""", OcppValidationErrorKind.MissingRequired)]
    public void Validator_ReaderNotStarted_ReportsSchemaDefects(string payload, OcppValidationErrorKind kind)
    {
        Assert.False(Validate(payload, started: false, out var error));
        Assert.Equal(kind, error.Kind);
    }

    [Theory]
    [InlineData("""{"reason":"PowerUp",}""")]
    [InlineData("""{"reason" "PowerUp"}""")]
    [InlineData("""{"chargingStation":{"model":"SC-22","vendorName":"SharpCharge"},"reason":PowerUp}""")]
    [InlineData("""{"chargingStation":{"model":"SC-22","vendorName":"SharpCharge"},"reason":"PowerUp" """)]
    public void Validator_MalformedJson_ThrowsJsonException(string payload)
    {
        Assert.ThrowsAny<JsonException>(() => Validate(payload, started: false, out _));
        Assert.ThrowsAny<JsonException>(() => Validate(payload, started: true, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validator_NoJsonAtAll_ThrowsJsonException(string payload)
        => Assert.ThrowsAny<JsonException>(() => Validate(payload, started: false, out _));

    [Fact]
    public void Validator_PartialBufferEndingInsideThePayload_ThrowsJsonException()
    {
        var truncated = Encoding.UTF8.GetBytes(ValidBoot[..^1]);

        Assert.ThrowsAny<JsonException>(() =>
        {
            var reader = new Utf8JsonReader(truncated, isFinalBlock: false, state: default);
            return Validator(ref reader, out _);
        });
    }

    [Fact]
    public void Validator_SchemaDefectBeforeMalformedPart_ReturnsFalse()
    {
        Assert.False(Validate("""{"reason":5,!!""", started: false, out var error));
        Assert.Equal((OcppValidationErrorKind.WrongType, "reason"), (error.Kind, error.Path));
    }

    private static bool Validate(string payload, bool started, [NotNullWhen(false)] out OcppValidationError? error)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(payload));
        if (started)
        {
            reader.Read();
        }

        return Validator(ref reader, out error);
    }
}
