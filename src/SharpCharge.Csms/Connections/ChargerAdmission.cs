using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Decides whether a charger may open its WebSocket: its credentials (security profile 1/2, HTTP Basic) and,
/// for an id the store does not know, the unknown-charger policy. Also records presence.
/// </summary>
internal sealed class ChargerAdmission
{
    private readonly IChargerService _chargers;
    private readonly OcppEndpointOptions _options;
    private readonly ILiveEvents _events;
    private readonly TimeProvider _time;
    private readonly IChargerPresence _presence;

    public ChargerAdmission(
        IChargerService chargers, IOptions<OcppEndpointOptions> options, ILiveEvents events, TimeProvider time, IChargerPresence presence)
    {
        _chargers = chargers;
        _options = options.Value;
        _events = events;
        _time = time;
        _presence = presence;
    }

    public async Task<AdmissionResult> AdmitAsync(string chargerId, string? authorization, CancellationToken cancellationToken)
    {
        var charger = await _chargers.FindAsync(chargerId, cancellationToken);
        if (charger is null)
        {
            switch (_options.UnknownChargers)
            {
                case UnknownChargerPolicy.Reject:
                    // 2.0.1 Part 4 §3.2 / OCPP-J 1.6 errata §3.4: an unknown identity gets 404 and no upgrade.
                    return AdmissionResult.Refuse(StatusCodes.Status404NotFound, $"Charge point '{chargerId}' is not registered.");
                case UnknownChargerPolicy.Pending when _options.RequirePassword:
                case UnknownChargerPolicy.Accept when _options.RequirePassword:
                    return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, "This server requires a password, and an unregistered charge point has none.");
            }

            var status = _options.UnknownChargers == UnknownChargerPolicy.Accept ? ChargerRegistrationStatus.Accepted : ChargerRegistrationStatus.Pending;
            charger = await _chargers.RegisterAsync(chargerId, status, cancellationToken);
            return AdmissionResult.Admit(charger.RegistrationStatus == ChargerRegistrationStatus.Accepted);
        }

        if (charger.HasPassword || _options.RequirePassword)
        {
            if (!BasicCredentials.TryParse(authorization, out var credentials))
            {
                return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, "HTTP Basic credentials are required: the charge point id as user name and its password.");
            }

            using (credentials)
            {
                if (!string.Equals(credentials.User, chargerId, StringComparison.OrdinalIgnoreCase))
                {
                    // 2.0.1 A00.FR.204, A00.FR.207: the user name must be the charge point id of the URL.
                    return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, "The Basic-auth user name must be the charge point id of the URL.");
                }

                var verdict = await _chargers.VerifyPasswordAsync(charger.Id, credentials.Password, cancellationToken);
                if (verdict != PasswordVerification.Valid)
                {
                    return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, "Wrong charge point id or password.");
                }
            }
        }

        return AdmissionResult.Admit(charger.RegistrationStatus == ChargerRegistrationStatus.Accepted);
    }

    /// <summary>Records the charger online; the returned time names this connection for <see cref="DisconnectedAsync"/>.</summary>
    public async Task<DateTimeOffset> ConnectedAsync(string chargerId, OcppVersion version, CancellationToken cancellationToken)
    {
        var since = await _chargers.MarkOnlineAsync(chargerId, version.ToSubProtocol(), cancellationToken);

        // After the online write, with its time: a cluster records the same time with the node that holds the charger,
        // so that a late close of an older connection (here or on another node) can tell it is old news.
        await _presence.ConnectedAsync(chargerId, version, since, cancellationToken);
        _events.Publish(new LiveEvent(LiveEventKind.ChargerConnected, chargerId, since) { OcppVersion = version.ToSubProtocol()["ocpp".Length..] });
        return since;
    }

    /// <summary>Records the charger offline, unless a newer connection has gone online since <paramref name="connectedAt"/>.</summary>
    public async Task DisconnectedAsync(string chargerId, DateTimeOffset? connectedAt, CancellationToken cancellationToken)
    {
        if (!await _presence.DisconnectedAsync(chargerId, connectedAt, cancellationToken))
        {
            // The charger connected again through another node, which holds it now: it stays online.
            return;
        }

        await (connectedAt is { } since
            ? _chargers.MarkOfflineAsync(chargerId, since, cancellationToken)
            : _chargers.MarkOfflineAsync(chargerId, cancellationToken));
        _events.Publish(new LiveEvent(LiveEventKind.ChargerDisconnected, chargerId, _time.GetUtcNow()));
    }
}
