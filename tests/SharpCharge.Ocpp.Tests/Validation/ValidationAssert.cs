using System.Text;
using System.Text.Json;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>Runs an action's generated validator on a JSON text.</summary>
internal static class ValidationAssert
{
    public static OcppValidationError? Validate(OcppAction action, string payload, bool response = false)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(payload));
        reader.Read();
        var valid = response ? action.ValidateResponse(ref reader, out var error) : action.ValidateRequest(ref reader, out error);
        Assert.Equal(valid, error is null);
        return error;
    }

    public static void Valid(OcppAction action, string payload, bool response = false)
    {
        var error = Validate(action, payload, response);
        Assert.True(error is null, error?.Message);
    }

    /// <summary>Asserts the kind, the path and the CALLERROR code the version spells for it; returns the error for more checks.</summary>
    public static OcppValidationError Invalid(OcppAction action, string payload, OcppValidationErrorKind kind, string path, string wireCode, bool response = false)
    {
        var error = Validate(action, payload, response);
        Assert.NotNull(error);
        Assert.Equal((kind, path), (error.Kind, error.Path));
        var catalogue = OcppErrorCatalogue.For(action.Version);
        Assert.Equal(wireCode, catalogue.WireName(catalogue.ForValidation(error.Kind)));
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        return error;
    }
}
