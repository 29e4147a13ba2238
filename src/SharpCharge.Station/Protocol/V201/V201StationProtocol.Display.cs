using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Display;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>NotifyDisplayMessages parts hold this many messages; every part but the last says tbc (O03.FR.03, O03.FR.04).</summary>
    private const int DisplayMessagesPerPart = 10;

    /// <summary>Display messages (O01-O06), the running cost (I02 CostUpdated) and GetTransactionStatus (E14).</summary>
    private sealed class DisplayHandlers(IStationControl station) :
        IOcppHandler<SetDisplayMessageRequest, SetDisplayMessageResponse>,
        IOcppHandler<GetDisplayMessagesRequest, GetDisplayMessagesResponse>,
        IOcppHandler<ClearDisplayMessageRequest, ClearDisplayMessageResponse>,
        IOcppHandler<CostUpdatedRequest, CostUpdatedResponse>,
        IOcppHandler<GetTransactionStatusRequest, GetTransactionStatusResponse>
    {
        public ValueTask<SetDisplayMessageResponse> HandleAsync(SetDisplayMessageRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var info = request.Message;
            var outcome = station.SetDisplayMessage(new DisplayMessage(info.Id, info.Priority.ToOcppString(), info.Message.Format.ToOcppString(), info.Message.Content)
            {
                State = info.State?.ToOcppString(),
                Language = info.Message.Language,
                StartsAt = info.StartDateTime,
                EndsAt = info.EndDateTime,
                TransactionId = info.TransactionId,
                EvseId = info.Display?.Evse?.Id,
            });
            return ValueTask.FromResult(new SetDisplayMessageResponse
            {
                Status = outcome switch
                {
                    DisplayOutcome.Accepted => DisplayMessageStatusEnumType.Accepted,
                    DisplayOutcome.NotSupportedMessageFormat => DisplayMessageStatusEnumType.NotSupportedMessageFormat,
                    DisplayOutcome.NotSupportedState => DisplayMessageStatusEnumType.NotSupportedState,
                    DisplayOutcome.UnknownTransaction => DisplayMessageStatusEnumType.UnknownTransaction,
                    _ => DisplayMessageStatusEnumType.Rejected,
                },
                StatusInfo = outcome == DisplayOutcome.Rejected ? Info("MaxMessagesReached", $"The station holds at most {DisplayMessageStore.Capacity} display messages.") : null,
            });
        }

        public ValueTask<GetDisplayMessagesResponse> HandleAsync(GetDisplayMessagesRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var found = station.FindDisplayMessages(request.Id is { } ids ? [.. ids] : null, request.Priority?.ToOcppString(), request.State?.ToOcppString());
            if (found.Count == 0)
            {
                // O03.FR.06, O04.FR.02: nothing configured (or nothing matching) is Unknown and no report follows.
                return ValueTask.FromResult(new GetDisplayMessagesResponse { Status = GetDisplayMessagesStatusEnumType.Unknown });
            }

            var parts = found.Chunk(DisplayMessagesPerPart).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                station.Enqueue(Notification("NotifyDisplayMessages", new NotifyDisplayMessagesRequest
                {
                    RequestId = request.RequestId,
                    Tbc = i < parts.Count - 1 ? true : null,
                    MessageInfo = [.. parts[i].Select(ToWire)],
                }));
            }

            return ValueTask.FromResult(new GetDisplayMessagesResponse { Status = GetDisplayMessagesStatusEnumType.Accepted });
        }

        public ValueTask<ClearDisplayMessageResponse> HandleAsync(ClearDisplayMessageRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var found = station.ClearDisplayMessage(request.Id);
            return ValueTask.FromResult(new ClearDisplayMessageResponse { Status = found ? ClearMessageStatusEnumType.Accepted : ClearMessageStatusEnumType.Unknown });
        }

        public ValueTask<CostUpdatedResponse> HandleAsync(CostUpdatedRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            station.OnCostUpdated(request.TransactionId, request.TotalCost);
            return ValueTask.FromResult(new CostUpdatedResponse());
        }

        public ValueTask<GetTransactionStatusResponse> HandleAsync(GetTransactionStatusRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var (ongoing, queued) = station.TransactionStatus(request.TransactionId);
            return ValueTask.FromResult(new GetTransactionStatusResponse { OngoingIndicator = ongoing, MessagesInQueue = queued });
        }

        private static MessageInfoType ToWire(DisplayMessage message) => new()
        {
            Id = message.Id,
            Priority = MessagePriorityEnumType.TryParseOcpp(message.Priority, out var priority) ? priority : MessagePriorityEnumType.NormalCycle,
            State = MessageStateEnumType.TryParseOcpp(message.State, out var state) ? state : null,
            StartDateTime = message.StartsAt,
            EndDateTime = message.EndsAt,
            TransactionId = message.TransactionId,
            Display = message.EvseId is { } evseId ? new ComponentType { Name = "Display", Evse = new EVSEType { Id = evseId } } : null,
            Message = new MessageContentType
            {
                Format = MessageFormatEnumType.TryParseOcpp(message.Format, out var format) ? format : MessageFormatEnumType.UTF8,
                Language = message.Language,
                Content = message.Content,
            },
        };
    }
}
