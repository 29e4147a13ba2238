using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// A validator compiled from one JSON schema. It is called with <paramref name="reader"/> positioned on the
/// first token of the payload (normally <see cref="JsonTokenType.StartObject"/>) and returns with the reader
/// on the last token of that value. It allocates nothing when the payload is valid.
/// </summary>
public delegate bool OcppPayloadValidator(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error);
