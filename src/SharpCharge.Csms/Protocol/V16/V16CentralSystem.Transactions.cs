using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Csms.Protocol.V16;

/// <remarks>
/// Transaction messages are never answered with a CALLERROR for a business reason (OCPP-NOTES §1.7): an unknown
/// tag gets idTagInfo Invalid, an unknown transaction still gets its StopTransaction.conf. The answer is sent only
/// after the domain has made the write durable.
/// </remarks>
internal sealed partial class V16CentralSystem :
    IOcppHandler<AuthorizeRequest, AuthorizeResponse>,
    IOcppHandler<StartTransactionRequest, StartTransactionResponse>,
    IOcppHandler<StopTransactionRequest, StopTransactionResponse>,
    IOcppHandler<MeterValuesRequest, MeterValuesResponse>
{
    /// <summary>1.6 id tags carry no type; they are stored with this one.</summary>
    private const string IdTagType = IdTokenTypes.Central;

    public async ValueTask<AuthorizeResponse> HandleAsync(AuthorizeRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        var result = await _domain.Authorization.AuthorizeAsync(session.ChargerId, new IdToken(request.IdTag, IdTagType), context.CancellationToken);
        return new AuthorizeResponse { IdTagInfo = ToIdTagInfo(result) };
    }

    public async ValueTask<StartTransactionResponse> HandleAsync(StartTransactionRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        _metrics.TransactionMessage(session, request.Timestamp);
        var result = await _domain.Transactions.StartAsync(
            new TransactionStart(session.ChargerId, request.ConnectorId, 1, new IdToken(request.IdTag, IdTagType), request.Timestamp, request.MeterStart)
            {
                ReservationId = request.ReservationId,
            },
            context.CancellationToken);
        return new StartTransactionResponse { TransactionId = checked((int)result.TransactionId), IdTagInfo = ToIdTagInfo(result.IdTokenInfo) };
    }

    public async ValueTask<StopTransactionResponse> HandleAsync(StopTransactionRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        _metrics.TransactionMessage(session, request.Timestamp);
        var result = await _domain.Transactions.StopAsync(
            new TransactionStop(session.ChargerId, request.TransactionId, request.Timestamp, request.MeterStop)
            {
                IdToken = request.IdTag,
                Reason = request.Reason?.ToOcppString(),
                TransactionData = ToSamples(request.TransactionData),
            },
            context.CancellationToken);
        return new StopTransactionResponse { IdTagInfo = result.IdTokenInfo is { } info ? ToIdTagInfo(info) : null };
    }

    public async ValueTask<MeterValuesResponse> HandleAsync(MeterValuesRequest request, OcppCallContext context)
    {
        var session = await ChargerCall.AcceptedAsync(context, _domain.Chargers);
        await _domain.Transactions.RecordMeterValuesAsync(
            new MeterValuesReport(session.ChargerId, request.ConnectorId, ToSamples(request.MeterValue))
            {
                ConnectorId = request.ConnectorId == 0 ? 0 : 1,
                TransactionId = request.TransactionId,
            },
            context.CancellationToken);
        return new MeterValuesResponse();
    }

    private static IdTagInfo ToIdTagInfo(AuthorizationResult result) => new()
    {
        Status = result.Status switch
        {
            IdTokenStatus.Accepted => AuthorizationStatus.Accepted,
            IdTokenStatus.Blocked => AuthorizationStatus.Blocked,
            IdTokenStatus.Expired => AuthorizationStatus.Expired,
            IdTokenStatus.ConcurrentTx => AuthorizationStatus.ConcurrentTx,
            _ => AuthorizationStatus.Invalid,
        },
        ExpiryDate = result.ExpiresAt,
        // 1.6 parentIdTag is at most 20 characters; a longer 2.x group id cannot be expressed and is left out.
        ParentIdTag = result.GroupId is { Length: <= 20 } group ? group : null,
    };

    private static List<MeterSample> ToSamples(IReadOnlyList<MeterValue>? meterValues)
    {
        var samples = new List<MeterSample>();
        foreach (var meterValue in meterValues ?? [])
        {
            foreach (var sampled in meterValue.SampledValue)
            {
                var signed = sampled.Format == ValueFormat.SignedData;
                samples.Add(new MeterSample(meterValue.Timestamp, signed ? null : ParseValue(sampled.Value))
                {
                    Measurand = sampled.Measurand?.ToOcppString(),
                    Phase = sampled.Phase?.ToOcppString(),
                    Location = sampled.Location?.ToOcppString(),
                    Context = sampled.Context?.ToOcppString(),
                    Unit = sampled.Unit?.ToOcppString(),
                    Format = sampled.Format?.ToOcppString(),
                    SignedData = signed ? sampled.Value : null,
                });
            }
        }

        return samples;
    }

    /// <summary>1.6 sends values as strings; one that is not a number is kept as a sample without a value.</summary>
    private static decimal? ParseValue(string value)
        => decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
