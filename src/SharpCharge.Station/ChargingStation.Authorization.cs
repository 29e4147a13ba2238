using SharpCharge.Ocpp.Rpc;
using SharpCharge.Station.Authorization;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station;

/// <summary>
/// Deciding whether a token may start (OCPP-NOTES §4.4, 2.x C01/C10-C15): the local list, then the cache, then
/// Authorize; offline, the local data when LocalAuthorizeOffline allows it and unknown tokens when
/// AllowOfflineTxForUnknownId (2.x OfflineTxForUnknownIdEnabled) does.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly LocalAuthorization _authorization = new();

    LocalAuthorization Protocol.IStationControl.Authorization => _authorization;

    ValueTask<bool> Protocol.IStationControl.AuthorizeTokenAsync(string token, CancellationToken cancellationToken) => AuthorizeTokenAsync(token, cancellationToken);

    /// <summary>True when the token may start a session now.</summary>
    private async ValueTask<bool> AuthorizeTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (!_settings.Bool(Setting.AuthEnabled))
        {
            return true;
        }

        var now = _time.GetUtcNow();
        var local = _authorization.Lookup(token, _settings.Bool(Setting.LocalAuthListEnabled), _settings.Bool(Setting.AuthCacheEnabled));
        var localStatus = local?.StatusAt(now);
        if (Volatile.Read(ref _online) is { } connection && !(localStatus == TokenStatus.Accepted && _settings.Bool(Setting.LocalPreAuthorize)))
        {
            try
            {
                var info = await _protocol.AuthorizeAsync(connection, token, cancellationToken).ConfigureAwait(false);
                RememberToken(token, info);
                Raise(Event(StationEventKind.TokenAuthorized) with { Detail = $"{info.Status} (central system)" });
                return info.Status == TokenStatus.Accepted;
            }
            catch (Exception e) when (e is OcppConnectionClosedException or OcppCallTimeoutException)
            {
                // The connection broke while asking: decide as if offline.
            }
        }

        var allowed = localStatus switch
        {
            TokenStatus.Accepted => Volatile.Read(ref _online) is not null || _settings.Bool(Setting.LocalAuthorizeOffline),
            null => _settings.Bool(Setting.AllowOfflineTxForUnknownId),

            // Known and refused: never started, online or not.
            _ => false,
        };
        Raise(Event(StationEventKind.TokenAuthorized) with { Detail = $"{(allowed ? "Accepted" : localStatus?.ToString() ?? "Unknown")} (local)" });
        return allowed;
    }

    void Protocol.IStationControl.OnLocalAuthorizationChanged(string detail) => Raise(Event(StationEventKind.LocalAuthorizationChanged) with { Detail = detail });

    void Protocol.IStationControl.OnTokenInfo(string token, TokenInfo info) => RememberToken(token, info);

    private void RememberToken(string token, TokenInfo info)
    {
        if (_settings.Bool(Setting.AuthCacheEnabled))
        {
            _authorization.Remember(token, info);
        }
    }
}
