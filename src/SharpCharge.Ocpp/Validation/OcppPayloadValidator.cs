using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace SharpCharge.Ocpp.Validation;

/// <summary>
/// A validator compiled from one JSON schema. It is called with <paramref name="reader"/> positioned on the
/// first token of the payload (normally <see cref="JsonTokenType.StartObject"/>) and returns with the reader
/// on the last token of that value. It allocates nothing when the payload is valid.
/// </summary>
/// <remarks>
/// <para>
/// A reader that has not read anything yet (<see cref="Utf8JsonReader.TokenType"/> is
/// <see cref="JsonTokenType.None"/>) is accepted: the validator reads the first token itself.
/// </para>
/// <para>
/// Malformed JSON is not a schema defect and is not turned into an <see cref="OcppValidationError"/>: when the
/// validator reaches it, the reader throws <see cref="JsonException"/> and the validator does not catch it. The
/// same holds for input with no JSON at all and for a payload that ends before its value is complete (a reader
/// over a partial buffer). The validator stops at the first defect, so a payload that breaks the schema before
/// its malformed part returns false instead of throwing.
/// </para>
/// <para>
/// Only a successful check says where the reader is. After a failure, whether the validator returns false or
/// throws, the reader's position is unspecified: it may be anywhere inside the payload, so do not read on
/// from it.
/// </para>
/// </remarks>
public delegate bool OcppPayloadValidator(ref Utf8JsonReader reader, [NotNullWhen(false)] out OcppValidationError? error);
