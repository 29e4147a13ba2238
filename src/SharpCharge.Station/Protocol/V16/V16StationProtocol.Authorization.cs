using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Authorization;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>The local list and the cache (1.6 §5.4 ClearCache, §5.10 GetLocalListVersion, §5.15 SendLocalList; OCPP-NOTES §4.13).</summary>
    private sealed class AuthorizationHandlers(IStationControl station) :
        IOcppHandler<ClearCacheRequest, ClearCacheResponse>,
        IOcppHandler<GetLocalListVersionRequest, GetLocalListVersionResponse>,
        IOcppHandler<SendLocalListRequest, SendLocalListResponse>
    {
        public ValueTask<ClearCacheResponse> HandleAsync(ClearCacheRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // A station without a (switched-on) cache answers Rejected (errata §3.23).
            var enabled = station.Settings.Bool(Setting.AuthCacheEnabled);
            if (enabled)
            {
                station.Authorization.ClearCache();
                station.OnLocalAuthorizationChanged("cache cleared");
            }

            return ValueTask.FromResult(new ClearCacheResponse { Status = enabled ? ClearCacheStatus.Accepted : ClearCacheStatus.Rejected });
        }

        public ValueTask<GetLocalListVersionResponse> HandleAsync(GetLocalListVersionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // -1: the feature is switched off.
            var version = station.Settings.Bool(Setting.LocalAuthListEnabled) ? station.Authorization.ListVersion : -1;
            return ValueTask.FromResult(new GetLocalListVersionResponse { ListVersion = version });
        }

        public ValueTask<SendLocalListResponse> HandleAsync(SendLocalListRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            if (!station.Settings.Bool(Setting.LocalAuthListEnabled))
            {
                return ValueTask.FromResult(new SendLocalListResponse { Status = UpdateStatus.NotSupported });
            }

            var entries = (request.LocalAuthorizationList ?? []).Select(e => (e.IdTag, e.IdTagInfo is { } info ? InfoOf(info) : (TokenInfo?)null)).ToArray();
            var outcome = station.Authorization.Apply(request.ListVersion, request.UpdateType == UpdateType.Full, entries, station.Settings.Int(Setting.SendLocalListMaxLength));
            station.OnLocalAuthorizationChanged($"{request.UpdateType} v{request.ListVersion}: {outcome}");
            return ValueTask.FromResult(new SendLocalListResponse
            {
                Status = outcome switch
                {
                    LocalListUpdate.Accepted => UpdateStatus.Accepted,
                    LocalListUpdate.VersionMismatch => UpdateStatus.VersionMismatch,
                    LocalListUpdate.NotSupported => UpdateStatus.NotSupported,
                    _ => UpdateStatus.Failed,
                },
            });
        }
    }
}
