using System.Globalization;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>The 1.6 requests a central system sends, each answered from the station's real state (OCPP-NOTES §4.8, §4.9).</summary>
    private sealed class Handlers(IStationControl station) :
        IOcppHandler<RemoteStartTransactionRequest, RemoteStartTransactionResponse>,
        IOcppHandler<RemoteStopTransactionRequest, RemoteStopTransactionResponse>,
        IOcppHandler<ResetRequest, ResetResponse>
    {
        public async ValueTask<RemoteStartTransactionResponse> HandleAsync(RemoteStartTransactionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            // Not allowed while Pending (§4.2). With AuthorizeRemoteTxRequests the tag is authorized like a local one
            // first (list, cache, Authorize.req), before answering; otherwise the central system judges it in
            // StartTransaction.conf. A charging profile in the request becomes the transaction's TxProfile.
            string? transactionId = null;
            var usable = TryReadRemoteStartProfile(request, out var profile);
            var started = station.Registration == RegistrationState.Accepted && usable
                          && (!station.Settings.Bool(Setting.AuthorizeRemoteStart) || await station.AuthorizeTokenAsync(request.IdTag, context.CancellationToken).ConfigureAwait(false))
                          && station.TryStartRemote(request.ConnectorId is > 0 ? request.ConnectorId : null, request.IdTag, null, out transactionId);
            if (started && profile is not null)
            {
                station.InstallRemoteStartProfile(transactionId!, profile);
            }

            return new RemoteStartTransactionResponse { Status = started ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected };
        }

        public ValueTask<RemoteStopTransactionResponse> HandleAsync(RemoteStopTransactionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var stopped = station.Registration == RegistrationState.Accepted
                          && station.TryStopRemote(request.TransactionId.ToString(CultureInfo.InvariantCulture));
            return ValueTask.FromResult(new RemoteStopTransactionResponse { Status = stopped ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected });
        }

        public ValueTask<ResetResponse> HandleAsync(ResetRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            station.RequestReset(request.Type == ResetType.Hard);
            return ValueTask.FromResult(new ResetResponse { Status = ResetStatus.Accepted });
        }
    }
}
