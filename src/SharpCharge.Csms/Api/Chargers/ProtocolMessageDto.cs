using System.Text.Json;
using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>One logged OCPP frame.</summary>
/// <param name="Id">The log entry's number; pass the smallest one seen as <c>before_id</c> for the next page.</param>
/// <param name="Direction">incoming (charger to central system) or outgoing.</param>
/// <param name="MessageType">call, call_result, call_error (and 2.1's call_result_error, send).</param>
/// <param name="Action">The action of a CALL.</param>
/// <param name="Frame">The whole OCPP-J frame as sent (a string when it was not JSON).</param>
internal sealed record ProtocolMessageDto(
    long Id,
    MessageDirection Direction,
    ProtocolMessageType MessageType,
    string MessageId,
    string? Action,
    JsonElement Frame,
    DateTimeOffset LoggedAt);
