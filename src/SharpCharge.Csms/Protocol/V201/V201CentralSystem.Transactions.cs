using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V201;

/// <remarks>
/// A TransactionEvent is never answered with a CALLERROR for a business reason (E12; OCPP-NOTES §1.7), and its
/// answer is sent only after the domain has made the event durable. Replays (same transaction and seqNo after a
/// reconnect) change nothing and get the same kind of answer.
/// </remarks>
internal sealed partial class V201CentralSystem :
    IOcppHandler<AuthorizeRequest, AuthorizeResponse>,
    IOcppHandler<TransactionEventRequest, TransactionEventResponse>,
    IOcppHandler<MeterValuesRequest, MeterValuesResponse>
{
    public async ValueTask<AuthorizeResponse> HandleAsync(AuthorizeRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        var result = await _domain.Authorization.AuthorizeAsync(session.ChargerId, ToDomain(request.IdToken), context.CancellationToken);
        return new AuthorizeResponse { IdTokenInfo = ToIdTokenInfo(result) };
    }

    public async ValueTask<TransactionEventResponse> HandleAsync(TransactionEventRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        _metrics.TransactionMessage(session, request.Timestamp, request.Offline ?? false);
        var info = request.TransactionInfo;
        var result = await _domain.Transactions.ApplyEventAsync(
            new TransactionEventReport(
                session.ChargerId,
                request.EventType switch
                {
                    TransactionEventEnumType.Started => TransactionEventKind.Started,
                    TransactionEventEnumType.Ended => TransactionEventKind.Ended,
                    _ => TransactionEventKind.Updated,
                },
                info.TransactionId,
                request.Timestamp,
                request.TriggerReason.ToOcppString(),
                request.SeqNo)
            {
                Offline = request.Offline ?? false,
                NumberOfPhasesUsed = request.NumberOfPhasesUsed,
                CableMaxCurrent = request.CableMaxCurrent,
                ReservationId = request.ReservationId,
                ChargingState = info.ChargingState?.ToOcppString(),
                TimeSpentChargingSeconds = info.TimeSpentCharging,
                StoppedReason = info.StoppedReason?.ToOcppString(),
                RemoteStartId = info.RemoteStartId,
                IdToken = request.IdToken is { } token ? ToDomain(token) : null,
                EvseId = request.Evse?.Id,
                ConnectorId = request.Evse?.ConnectorId,
                MeterValues = ToSamples(request.MeterValue),
            },
            context.CancellationToken);
        return new TransactionEventResponse
        {
            // E01.FR.10 / E02.FR.07: an idToken in the event is answered with its authorization.
            IdTokenInfo = request.IdToken is not null && result.IdTokenInfo is { } authorization ? ToIdTokenInfo(authorization) : null,
            TotalCost = request.EventType == TransactionEventEnumType.Ended ? result.Transaction.Cost : null,
        };
    }

    public async ValueTask<MeterValuesResponse> HandleAsync(MeterValuesRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Transactions.RecordMeterValuesAsync(new MeterValuesReport(session.ChargerId, request.EvseId, ToSamples(request.MeterValue)), context.CancellationToken);
        return new MeterValuesResponse();
    }

    private static IdToken ToDomain(IdTokenType token) => new(token.IdToken, token.Type.ToOcppString());

    private static IdTokenInfoType ToIdTokenInfo(AuthorizationResult result) => new()
    {
        Status = result.Status switch
        {
            IdTokenStatus.Accepted => AuthorizationStatusEnumType.Accepted,
            IdTokenStatus.Blocked => AuthorizationStatusEnumType.Blocked,
            IdTokenStatus.Expired => AuthorizationStatusEnumType.Expired,
            IdTokenStatus.ConcurrentTx => AuthorizationStatusEnumType.ConcurrentTx,
            _ => AuthorizationStatusEnumType.Invalid,
        },
        CacheExpiryDateTime = result.ExpiresAt,
        GroupIdToken = result.GroupId is { } group ? new IdTokenType { IdToken = group, Type = GroupTokenType } : null,
    };

    private static List<MeterSample> ToSamples(IReadOnlyList<MeterValueType>? meterValues)
    {
        var samples = new List<MeterSample>();
        foreach (var meterValue in meterValues ?? [])
        {
            foreach (var sampled in meterValue.SampledValue)
            {
                samples.Add(new MeterSample(meterValue.Timestamp, sampled.Value)
                {
                    Measurand = sampled.Measurand?.ToOcppString(),
                    Phase = sampled.Phase?.ToOcppString(),
                    Location = sampled.Location?.ToOcppString(),
                    Context = sampled.Context?.ToOcppString(),
                    Unit = sampled.UnitOfMeasure?.Unit,
                    Multiplier = sampled.UnitOfMeasure?.Multiplier ?? 0,
                    SignedData = sampled.SignedMeterValue?.SignedMeterData,
                    SigningMethod = sampled.SignedMeterValue?.SigningMethod,
                    EncodingMethod = sampled.SignedMeterValue?.EncodingMethod,
                    PublicKey = sampled.SignedMeterValue?.PublicKey,
                });
            }
        }

        return samples;
    }
}
