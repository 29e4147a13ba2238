using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>The 2.x requests a central system sends, each answered from the station's real state (OCPP-NOTES §5.9, §5.11).</summary>
    private sealed class Handlers(IStationControl station) :
        IOcppHandler<RequestStartTransactionRequest, RequestStartTransactionResponse>,
        IOcppHandler<RequestStopTransactionRequest, RequestStopTransactionResponse>,
        IOcppHandler<ResetRequest, ResetResponse>
    {
        public async ValueTask<RequestStartTransactionResponse> HandleAsync(RequestStartTransactionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            // Rejected while Pending (B02). With AuthCtrlr.AuthorizeRemoteStart the token is authorized first (F01.FR.02);
            // otherwise the central system judges it in the TransactionEventResponse.
            // The response names a transactionId only for a transaction that already existed (F01); ours is new.
            string? transactionId = null;
            var profileDecision = ReadRemoteStartProfile(request, out var profile);
            var started = station.Registration == RegistrationState.Accepted && profileDecision.Accepted
                          && (!station.Settings.Bool(Setting.AuthorizeRemoteStart) || await station.AuthorizeTokenAsync(request.IdToken.IdToken, context.CancellationToken).ConfigureAwait(false))
                          && station.TryStartRemote(request.EvseId is > 0 ? request.EvseId : null, request.IdToken.IdToken, request.RemoteStartId, out transactionId);
            if (started && profile is not null)
            {
                station.InstallRemoteStartProfile(transactionId!, profile);
            }

            return new RequestStartTransactionResponse
            {
                Status = started ? RequestStartStopStatusEnumType.Accepted : RequestStartStopStatusEnumType.Rejected,
                StatusInfo = Info(profileDecision.ReasonCode, profileDecision.Detail),
            };
        }

        public ValueTask<RequestStopTransactionResponse> HandleAsync(RequestStopTransactionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var stopped = station.Registration == RegistrationState.Accepted && station.TryStopRemote(request.TransactionId);
            return ValueTask.FromResult(new RequestStopTransactionResponse { Status = stopped ? RequestStartStopStatusEnumType.Accepted : RequestStartStopStatusEnumType.Rejected });
        }

        public ValueTask<ResetResponse> HandleAsync(ResetRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            // Only a whole-station reset is supported; per-EVSE resets are refused.
            if (request.EvseId is not null)
            {
                return ValueTask.FromResult(new ResetResponse { Status = ResetStatusEnumType.Rejected });
            }

            station.RequestReset(request.Type == ResetEnumType.Immediate);
            return ValueTask.FromResult(new ResetResponse { Status = ResetStatusEnumType.Accepted });
        }
    }
}
