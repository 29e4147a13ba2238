using System.Globalization;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>The 1.6 requests a central system sends, each answered from the station's real state (OCPP-NOTES §4.8, §4.9).</summary>
    private sealed class Handlers(IStationControl station) :
        IOcppHandler<RemoteStartTransactionRequest, RemoteStartTransactionResponse>,
        IOcppHandler<RemoteStopTransactionRequest, RemoteStopTransactionResponse>,
        IOcppHandler<ResetRequest, ResetResponse>
    {
        public ValueTask<RemoteStartTransactionResponse> HandleAsync(RemoteStartTransactionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            // Not allowed while Pending (§4.2). AuthorizeRemoteTxRequests is false: the central system judges the tag
            // in StartTransaction.conf.
            string? transactionId = null;
            var usable = TryReadRemoteStartProfile(request, out var profile);
            var started = station.Registration == RegistrationState.Accepted && usable
                          && station.TryStartRemote(request.ConnectorId is > 0 ? request.ConnectorId : null, request.IdTag, null, out transactionId);
            if (started && profile is not null)
            {
                station.InstallRemoteStartProfile(transactionId!, profile);
            }

            return ValueTask.FromResult(new RemoteStartTransactionResponse { Status = started ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected });
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
