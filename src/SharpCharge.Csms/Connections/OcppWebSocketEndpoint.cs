using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Diagnostics;
using SharpCharge.Csms.Connections.ProtocolLog;
using SharpCharge.Csms.Protocol;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// Accepts a charger's WebSocket: reads the charge point id from the URL, admits or refuses the charger
/// (credentials, unknown-charger policy), negotiates the OCPP version, then runs the connection until it
/// closes. A second connection with the same id replaces the first.
/// </summary>
internal sealed partial class OcppWebSocketEndpoint
{
    private readonly OcppEndpointOptions _options;
    private readonly ChargerAdmission _admission;
    private readonly ChargerSessionRegistry _registry;
    private readonly CsmsRouters _routers;
    private readonly ILogger _logger;
    private readonly ILogger<OcppConnection> _connectionLogger;
    private readonly TimeProvider _time;
    private readonly ProtocolDebug _debug;
    private readonly OcppMetrics _ocppMetrics;
    private readonly CsmsMetrics _metrics;
    private readonly ProtocolLogRecorder _protocolLog;
    private readonly ChargerCompatibilityOptions _compatibility;
    private readonly PeerLimitsOptions _limits;
    private readonly ConnectionFloodGuard _floodGuard;
    private readonly BusyStoreRefusals _busy;

    public OcppWebSocketEndpoint(
        IOptions<OcppEndpointOptions> options,
        ChargerAdmission admission,
        ChargerSessionRegistry registry,
        CsmsRouters routers,
        ILoggerFactory loggerFactory,
        TimeProvider time,
        ProtocolDebug debug,
        OcppMetrics ocppMetrics,
        CsmsMetrics metrics,
        ProtocolLogRecorder protocolLog,
        IOptions<ChargerCompatibilityOptions> compatibility,
        IOptions<PeerLimitsOptions> limits,
        ConnectionFloodGuard floodGuard)
    {
        _limits = limits.Value;
        _floodGuard = floodGuard;
        _compatibility = compatibility.Value;
        _debug = debug;
        _ocppMetrics = ocppMetrics;
        _metrics = metrics;
        _options = options.Value;
        _admission = admission;
        _registry = registry;
        _routers = routers;
        _logger = loggerFactory.CreateLogger<OcppWebSocketEndpoint>();
        // One logger for every connection: creating it per connection builds its category name and takes the
        // factory's lock each time, work a boot storm would repeat for every charger.
        _connectionLogger = loggerFactory.CreateLogger<OcppConnection>();
        _time = time;
        _busy = new BusyStoreRefusals(_logger, time);
        _protocolLog = protocolLog;
    }

    public async Task HandleAsync(HttpContext http)
    {
        // The connection is named by the time its upgrade request arrived, before the admission's lookups and the
        // handshake. A charger that gave up on a slow handshake here and reconnected elsewhere sent that later request
        // after this one, so whichever node finishes last, the later connection is the one the cluster keeps.
        var requestedAt = _time.GetUtcNow();
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "This port speaks OCPP over WebSocket: connect with ws:// or wss:// and a Sec-WebSocket-Protocol of ocpp2.1, ocpp2.0.1 or ocpp1.6.");
            return;
        }

        // The raw target, decoded once here: Request.Path is already decoded, and decoding it again would let
        // two different URLs (CP%2541 and CPA) name the same charger.
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value;
        if (!ChargerIdentity.TryParse(StripQuery(rawTarget), out var chargerId, out var problem))
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, problem);
            return;
        }

        if (!_floodGuard.TryAdmit(http.Connection.RemoteIpAddress, chargerId))
        {
            http.Response.Headers.RetryAfter = "1";
            await RefuseAsync(http, StatusCodes.Status429TooManyRequests, "Too many connections from this address: wait and retry.");
            return;
        }

        var requested = http.WebSockets.WebSocketRequestedProtocols;
        if (requested.Count == 0)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "No Sec-WebSocket-Protocol header: offer ocpp2.1, ocpp2.0.1 or ocpp1.6.");
            return;
        }

        // The wss:// listener asked for a client certificate during the TLS handshake (profile 3) and accepted any: it is
        // checked here, where the charger id and the revocations are known.
        var credentials = new ChargerCredentials(
            http.Request.Headers.Authorization.ToString(), http.Request.IsHttps, http.Connection.ClientCertificate, http.Connection.RemoteIpAddress);
        AdmissionResult admission;
        try
        {
            admission = await _admission.AdmitAsync(chargerId, credentials, http.RequestAborted);
        }
        catch (System.Data.Common.DbException exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            // The database could not serve the lookup in time (in a storm: the connection pool's wait ran out). Ask the
            // charger to come back (RFC 9110 §15.6.4) rather than failing with a 500: nothing was admitted, nothing lost.
            _busy.Refused(chargerId, exception);
            http.Response.Headers.RetryAfter = BusyStoreRefusals.RetryAfterSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(http, StatusCodes.Status503ServiceUnavailable, "The central system is busy: connect again after the time in Retry-After.");
            return;
        }

        if (!admission.Admitted)
        {
            Log.Refused(_logger, chargerId, admission.StatusCode, admission.Reason!);
            if (admission.StatusCode == StatusCodes.Status401Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"OCPP\", charset=\"UTF-8\"";
            }

            if (admission.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await RefuseAsync(http, admission.StatusCode, admission.Reason!);
            return;
        }

        var compatibility = _compatibility.For(chargerId);
        var chosen = OcppSubProtocols.Negotiate(requested, _options.EnabledVersions) ?? Ocpp16j(requested, compatibility);
        var version = OcppVersion.V16;
        if (chosen is null || (chosen != Ocpp16jName && !OcppSubProtocols.TryParse(chosen, out version)))
        {
            // 2.0.1 Part 4 §3.2: complete the handshake without a subprotocol and close at once.
            Log.NoCommonVersion(_logger, chargerId, string.Join(", ", requested));
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(WebSocketCloseStatus.ProtocolError, "No common OCPP version: this server speaks " + string.Join(", ", _options.EnabledVersions.Select(v => v.ToSubProtocol())) + ".", http.RequestAborted);
            return;
        }

        var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = chosen,
            KeepAliveInterval = _options.PingInterval,
            KeepAliveTimeout = _options.PingInterval > TimeSpan.Zero ? _options.PingTimeout : Timeout.InfiniteTimeSpan,
            // 2.0.1 Part 4 §3.3, 2.1 Part 4 §3.4: a CSMS must support permessage-deflate; 1.6 does not use it.
            DangerousEnableCompression = version != OcppVersion.V16,
        });

        // Every line of this connection, its handlers and its protocol trace carries the charger and connection ids.
        using var scope = Log.ConnectionScope(_logger, chargerId, http.Connection.Id);
        await RunSessionAsync(chargerId, version, admission.Accepted, socket, compatibility, requestedAt, http.RequestAborted);
    }

    private const string Ocpp16jName = "ocpp1.6j";

    /// <summary>
    /// <c>ocpp1.6j</c>, for a charger configured to offer it (OCPP-J 1.6 §3.1.2 names the subprotocol <c>ocpp1.6</c>;
    /// some chargers add the "j"). The handshake answers with the name the charger offered.
    /// </summary>
    private string? Ocpp16j(IList<string> requested, Ocpp.Compatibility.OcppCompatibility compatibility)
        => compatibility.Ocpp16jSubprotocol && _options.EnabledVersions.Contains(OcppVersion.V16) && requested.Contains(Ocpp16jName, StringComparer.OrdinalIgnoreCase)
            ? Ocpp16jName
            : null;

    private async Task RunSessionAsync(
        string chargerId, OcppVersion version, bool accepted, WebSocket socket, Ocpp.Compatibility.OcppCompatibility compatibility, DateTimeOffset requestedAt, CancellationToken aborted)
    {
        // The connection owns the transport, which owns the socket (through the recording wrapper when the log is on).
        IOcppTransport transport = new WebSocketOcppTransport(socket, _options.MaxMessageSize);
        if (_limits.MessagesPerSecond > 0 || _limits.SendTimeout > TimeSpan.Zero)
        {
            transport = new GuardedOcppTransport(transport, socket.Abort, chargerId, _limits, _time, _logger);
        }

        if (_protocolLog.Enabled)
        {
            transport = new RecordingOcppTransport(transport, chargerId, _protocolLog);
        }

        var connection = new OcppConnection(
            transport,
            _routers.For(version),
            new OcppConnectionOptions { CallTimeout = _options.CallTimeout, Name = chargerId, ProtocolTrace = _debug.Trace, Metrics = _ocppMetrics, Compatibility = compatibility.RepairsNothing ? null : compatibility },
            _connectionLogger,
            _time);
        var session = new ChargerSession(chargerId, version, connection, accepted, requestedAt);
        connection.State = session;

        DateTimeOffset? onlineSince = null;
        try
        {
            if (_registry.Add(session) is { } replaced)
            {
                if (ReferenceEquals(replaced, session))
                {
                    // A later upgrade request of this charger is served here already: the charger left this one.
                    Log.Outdated(_logger, chargerId);
                    connection.RequestClose(WebSocketCloseStatus.PolicyViolation, "A newer connection with the same charge point id is open.");
                    return;
                }

                // The old connection closes on its own time (its own request finishes it); the new one does not wait.
                Log.Replaced(_logger, chargerId);
                replaced.Connection.RequestClose(WebSocketCloseStatus.PolicyViolation, "Replaced by a new connection with the same charge point id.");
            }

            Log.Connected(_logger, chargerId, version.ToSubProtocol());
            await _admission.ConnectedAsync(chargerId, version, requestedAt, aborted);
            onlineSince = requestedAt;
            _metrics.ConnectionClosed(await connection.RunAsync(aborted));
        }
        finally
        {
            // Only the current session marks the charger offline: a replaced one leaves it online. A reconnect that
            // races this close may reach the database first; the write names this connection so it cannot undo it.
            if (_registry.Remove(session) && !_registry.TryGet(chargerId, out _))
            {
                await _admission.DisconnectedAsync(chargerId, onlineSince, CancellationToken.None);
            }

            await connection.DisposeAsync();
            Log.Disconnected(_logger, chargerId);
        }
    }

    private static string? StripQuery(string? target) => target?.Split('?', 2)[0];

    private static async Task RefuseAsync(HttpContext http, int statusCode, string reason)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(reason, http.RequestAborted);
    }

    private static partial class Log
    {
        public static readonly Func<ILogger, string, string, IDisposable?> ConnectionScope
            = LoggerMessage.DefineScope<string, string>("Charger {ChargerId} connection {ConnectionId}");

        [LoggerMessage(ConnectionEventIds.ChargerConnected, LogLevel.Information, "Charger {ChargerId} connected with {SubProtocol}", EventName = "ChargerConnected")]
        public static partial void Connected(ILogger logger, string chargerId, string subProtocol);

        [LoggerMessage(ConnectionEventIds.ChargerDisconnected, LogLevel.Information, "Charger {ChargerId} disconnected", EventName = "ChargerDisconnected")]
        public static partial void Disconnected(ILogger logger, string chargerId);

        [LoggerMessage(ConnectionEventIds.ChargerRefused, LogLevel.Warning, "Charger {ChargerId} refused with HTTP {StatusCode}: {Reason}", EventName = "ChargerRefused")]
        public static partial void Refused(ILogger logger, string chargerId, int statusCode, string reason);

        [LoggerMessage(ConnectionEventIds.NoCommonVersion, LogLevel.Warning, "Charger {ChargerId} offered no OCPP version this server speaks ({Offered})", EventName = "NoCommonVersion")]
        public static partial void NoCommonVersion(ILogger logger, string chargerId, string offered);

        [LoggerMessage(ConnectionEventIds.ChargerOutdated, LogLevel.Information, "Charger {ChargerId} finished a handshake it had already given up on; a newer connection of it is open, so this one is closed", EventName = "ChargerConnectionOutdated")]
        public static partial void Outdated(ILogger logger, string chargerId);

        [LoggerMessage(ConnectionEventIds.ChargerReplaced, LogLevel.Information, "Charger {ChargerId} connected again; the previous connection is closed", EventName = "ChargerReplaced")]
        public static partial void Replaced(ILogger logger, string chargerId);
    }
}
