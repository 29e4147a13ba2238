using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Decides whether a charger may open its WebSocket: its credentials (security profiles 1 and 2: HTTP Basic; 3: a TLS
/// client certificate), its recorded security profile (never lowered: a charger seen at profile 2 or 3 is refused over
/// plain ws://, A00.FR.002, A05.FR.07), lock-outs after repeated failures per charger id and per source address, and,
/// for an id the store does not know, the unknown-charger policy. Also records presence.
/// </summary>
internal sealed class ChargerAdmission
{
    private readonly IChargerService _chargers;
    private readonly OcppEndpointOptions _options;
    private readonly ILiveEvents _events;
    private readonly TimeProvider _time;
    private readonly IChargerPresence _presence;
    private readonly IChargerSecurityStore _security;
    private readonly ChargerCertificateCheck _certificates;
    private readonly LoginThrottle _throttle;
    private readonly SecurityOptions _lockout;
    private readonly SecurityEvents _securityEvents;

    public ChargerAdmission(
        IChargerService chargers,
        IOptions<OcppEndpointOptions> options,
        ILiveEvents events,
        TimeProvider time,
        IChargerPresence presence,
        IChargerSecurityStore security,
        ChargerCertificateCheck certificates,
        LoginThrottle throttle,
        IOptions<SecurityOptions> lockout,
        SecurityEvents securityEvents)
    {
        _chargers = chargers;
        _options = options.Value;
        _events = events;
        _time = time;
        _presence = presence;
        _security = security;
        _certificates = certificates;
        _throttle = throttle;
        _lockout = lockout.Value;
        _securityEvents = securityEvents;
    }

    public Task<AdmissionResult> AdmitAsync(string chargerId, string? authorization, CancellationToken cancellationToken)
        => AdmitAsync(chargerId, new ChargerCredentials(authorization, false, null, null), cancellationToken);

    public async Task<AdmissionResult> AdmitAsync(string chargerId, ChargerCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var address = credentials.RemoteAddress?.ToString();
        if (address is not null && _throttle.LockedFor(AddressKey(address)) is { } addressWait)
        {
            // Refused before any lookup or hash: a locked-out guesser costs the server nothing.
            return AdmissionResult.Refuse(StatusCodes.Status429TooManyRequests, "Too many failed authentications from this address; try again later.") with { RetryAfter = addressWait };
        }

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

        if (_throttle.LockedFor(ChargerKey(charger.Id)) is { } chargerWait)
        {
            return AdmissionResult.Refuse(StatusCodes.Status429TooManyRequests, "Too many failed authentications for this charge point; try again later.") with { RetryAfter = chargerWait };
        }

        var recorded = charger.SecurityProfile;
        if (credentials.ClientCertificate is { } certificate)
        {
            return await AdmitCertificateAsync(charger, certificate, address, cancellationToken);
        }

        if (recorded >= 3)
        {
            _securityEvents.Raise(SecurityEventType.SecurityProfileDowngrade, charger.Id, address, $"recorded at profile 3, connected without a client certificate over {(credentials.Tls ? "wss" : "ws")}");
            return AdmissionResult.Refuse(StatusCodes.Status403Forbidden, "This charge point uses security profile 3: connect over wss:// with its client certificate.");
        }

        if (recorded == 2 && !credentials.Tls)
        {
            _securityEvents.Raise(SecurityEventType.SecurityProfileDowngrade, charger.Id, address, "recorded at profile 2, connected over plain ws://");
            return AdmissionResult.Refuse(StatusCodes.Status403Forbidden, "This charge point uses security profile 2: connect over wss://.");
        }

        var passwordChecked = false;
        if (charger.HasPassword || _options.RequirePassword || recorded >= 1)
        {
            if (!BasicCredentials.TryParse(credentials.Authorization, out var basic))
            {
                return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, "HTTP Basic credentials are required: the charge point id as user name and its password.");
            }

            using (basic)
            {
                if (!string.Equals(basic.User, chargerId, StringComparison.OrdinalIgnoreCase))
                {
                    // 2.0.1 A00.FR.204, A00.FR.207: the user name must be the charge point id of the URL.
                    return Failed(charger.Id, address, SecurityEventType.FailedToAuthenticateAtCsms, "Basic-auth user name is not the charge point id", "The Basic-auth user name must be the charge point id of the URL.");
                }

                var verdict = await _chargers.VerifyPasswordAsync(charger.Id, basic.Password, cancellationToken);
                if (verdict != PasswordVerification.Valid)
                {
                    return Failed(charger.Id, address, SecurityEventType.FailedToAuthenticateAtCsms, "wrong password", "Wrong charge point id or password.");
                }
            }

            passwordChecked = true;
            _throttle.Succeeded(ChargerKey(charger.Id));
        }

        if (credentials.Tls && passwordChecked)
        {
            // Security profile 2 seen: from now on this charger may not fall back to plain ws:// (A05.FR.07).
            await _security.RaiseSecurityProfileAsync(charger.Id, 2, _time.GetUtcNow(), cancellationToken);
        }

        return AdmissionResult.Admit(charger.RegistrationStatus == ChargerRegistrationStatus.Accepted);
    }

    /// <summary>
    /// Records the charger online through the connection whose upgrade request arrived at <paramref name="connectedAt"/>;
    /// that time names the connection for <see cref="DisconnectedAsync"/>. A later connection recorded already (the
    /// charger gave up on this handshake and connected again, here or on another node) keeps the charger.
    /// </summary>
    public async Task ConnectedAsync(string chargerId, OcppVersion version, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        await _chargers.MarkOnlineAsync(chargerId, version.ToSubProtocol(), connectedAt, cancellationToken);

        // After the online write, with its time: a cluster records the same time with the node that holds the charger,
        // so that a late close of an older connection (here or on another node) can tell it is old news.
        await _presence.ConnectedAsync(chargerId, version, connectedAt, cancellationToken);
        _events.Publish(new LiveEvent(LiveEventKind.ChargerConnected, chargerId, connectedAt) { OcppVersion = version.ToSubProtocol()["ocpp".Length..] });
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

    private async Task<AdmissionResult> AdmitCertificateAsync(Charger charger, X509Certificate2 certificate, string? address, CancellationToken cancellationToken)
    {
        // Security profile 3 (A00.FR.401-407): the certificate replaces the password.
        var problem = _certificates.Problem(certificate, charger.Id);
        if (problem is null && await _security.IsRevokedAsync(ChargerCertificate.FingerprintOf(certificate), cancellationToken))
        {
            problem = "The client certificate has been revoked.";
        }

        if (problem is not null)
        {
            // A00.FR.407: terminate; A00.FR.408: log InvalidChargingStationCertificate.
            return Failed(charger.Id, address, SecurityEventType.InvalidChargingStationCertificate, problem, problem);
        }

        _throttle.Succeeded(ChargerKey(charger.Id));
        await _security.RaiseSecurityProfileAsync(charger.Id, 3, _time.GetUtcNow(), cancellationToken);
        return AdmissionResult.Admit(charger.RegistrationStatus == ChargerRegistrationStatus.Accepted);
    }

    /// <summary>Counts the failure against the charger id and the address, logs the security event (and the lock-out it starts) and refuses with 401.</summary>
    private AdmissionResult Failed(string chargerId, string? address, string eventType, string detail, string reason)
    {
        _securityEvents.Raise(eventType, chargerId, address, detail);
        if (_throttle.Failed(ChargerKey(chargerId), _lockout.ChargerFailuresBeforeLockout) is { } locked)
        {
            _securityEvents.Raise(SecurityEventType.LockedOut, chargerId, address, $"charge point id locked for {locked:g}");
        }

        if (address is not null && _throttle.Failed(AddressKey(address), _lockout.AddressFailuresBeforeLockout) is { } addressLocked)
        {
            _securityEvents.Raise(SecurityEventType.LockedOut, address, address, $"source address locked for {addressLocked:g}");
        }

        return AdmissionResult.Refuse(StatusCodes.Status401Unauthorized, reason);
    }

    private static string ChargerKey(string chargerId) => "charger:" + chargerId;

    private static string AddressKey(string address) => "address:" + address;
}
