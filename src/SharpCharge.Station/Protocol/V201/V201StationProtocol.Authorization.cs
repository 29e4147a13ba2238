using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Authorization;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>The local list and the cache (C11 ClearCache, D01 SendLocalList, D02 GetLocalListVersion; OCPP-NOTES §5.8).</summary>
    private sealed class AuthorizationHandlers(IStationControl station) :
        IOcppHandler<ClearCacheRequest, ClearCacheResponse>,
        IOcppHandler<GetLocalListVersionRequest, GetLocalListVersionResponse>,
        IOcppHandler<SendLocalListRequest, SendLocalListResponse>
    {
        public ValueTask<ClearCacheResponse> HandleAsync(ClearCacheRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // C11.FR.04: Rejected when AuthCacheCtrlr.Enabled is false.
            var enabled = station.Settings.Bool(Setting.AuthCacheEnabled);
            if (enabled)
            {
                station.Authorization.ClearCache();
                station.OnLocalAuthorizationChanged("cache cleared");
            }

            return ValueTask.FromResult(new ClearCacheResponse { Status = enabled ? ClearCacheStatusEnumType.Accepted : ClearCacheStatusEnumType.Rejected });
        }

        public ValueTask<GetLocalListVersionResponse> HandleAsync(GetLocalListVersionRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            return ValueTask.FromResult(new GetLocalListVersionResponse { VersionNumber = station.Authorization.ListVersion });
        }

        public ValueTask<SendLocalListResponse> HandleAsync(SendLocalListRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // 2.x has no NotSupported status here: a switched-off list answers Failed.
            var entries = (request.LocalAuthorizationList ?? []).Select(e => (e.IdToken.IdToken, e.IdTokenInfo is { } info ? InfoOf(info) : (TokenInfo?)null)).ToArray();
            var outcome = station.Settings.Bool(Setting.LocalAuthListEnabled)
                ? station.Authorization.Apply(request.VersionNumber, request.UpdateType == UpdateEnumType.Full, entries, station.Settings.Int(Setting.SendLocalListMaxLength))
                : LocalListUpdate.Failed;
            station.OnLocalAuthorizationChanged($"{request.UpdateType} v{request.VersionNumber}: {outcome}");
            return ValueTask.FromResult(new SendLocalListResponse
            {
                Status = outcome switch
                {
                    LocalListUpdate.Accepted => SendLocalListStatusEnumType.Accepted,
                    LocalListUpdate.VersionMismatch => SendLocalListStatusEnumType.VersionMismatch,
                    _ => SendLocalListStatusEnumType.Failed,
                },
            });
        }
    }
}
