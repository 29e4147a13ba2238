using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Security;

/// <summary>
/// The real central system with a <c>wss://</c> listener (a throw-away server certificate for localhost) that trusts a
/// throw-away charger CA for client certificates (security profile 3), on a fresh SQLite database. Unknown chargers
/// are refused, as in production. Also makes client certificates and opens raw handshakes.
/// </summary>
internal sealed class TlsCsms : IAsyncDisposable
{
    private readonly string _folder;

    private TlsCsms(CsmsServer server, SqliteBackend storage, string folder, X509Certificate2 serverCertificate, X509Certificate2 chargerCa)
    {
        Server = server;
        Storage = storage;
        _folder = folder;
        ServerCertificate = serverCertificate;
        ChargerCa = chargerCa;
    }

    public CsmsServer Server { get; }

    public SqliteBackend Storage { get; }

    public X509Certificate2 ServerCertificate { get; }

    /// <summary>The CA the server trusts for client certificates (Ocpp:ClientCertificateAuthorityPath), with its key.</summary>
    public X509Certificate2 ChargerCa { get; }

    public int TlsPort => Server.Get<BoundListeners>().Port(ListenerKind.OcppTls);

    public string Folder => _folder;

    public static async Task<TlsCsms> StartAsync(IDictionary<string, string?>? settings = null, bool builtInCa = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sharpcharge-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var now = DateTimeOffset.UtcNow;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var serverCertificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var pfx = Path.Combine(folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, serverCertificate.Export(X509ContentType.Pfx, "server-password"));
        var ca = TestCertificates.Root(now, "CN=Test Charger CA, O=SharpCharge Tests");
        var caPem = Path.Combine(folder, "charger-ca.pem");
        await File.WriteAllTextAsync(caPem, ca.ExportCertificatePem());

        var values = new Dictionary<string, string?>
        {
            ["Ocpp:TlsCertificatePath"] = pfx,
            ["Ocpp:TlsCertificatePassword"] = "server-password",
            ["Ocpp:TlsPort"] = "0",
            ["Ocpp:ClientCertificateAuthorityPath"] = caPem,
            ["Ocpp:UnknownChargers"] = "Reject",
        };
        if (builtInCa)
        {
            values["CertificateAuthority:Enabled"] = "true";
            values["CertificateAuthority:CertificatePath"] = Path.Combine(folder, "built-in-ca.pfx");
        }

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var storage = new SqliteBackend();
        var server = await CsmsServer.StartAsync(storage, values);
        return new TlsCsms(server, storage, folder, X509CertificateLoader.LoadCertificate(serverCertificate.RawData), ca);
    }

    /// <summary>A client certificate with its key, issued by <paramref name="issuer"/> (default <see cref="ChargerCa"/>).</summary>
    public X509Certificate2 ClientCertificate(string commonName, X509Certificate2? issuer = null)
    {
        var now = DateTimeOffset.UtcNow;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}, O=SharpCharge Tests", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        using var issued = request.Create(issuer ?? ChargerCa, now.AddMinutes(-5), now.AddDays(30), RandomNumberGenerator.GetBytes(8));
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>
    /// Opens one WebSocket handshake as a charger would and returns the HTTP status: 101 when admitted (the socket is
    /// closed again at once), otherwise the refusal, with its Retry-After header when there is one.
    /// </summary>
    public async Task<(HttpStatusCode Status, string? RetryAfter)> HandshakeAsync(string chargerId, X509Certificate2? certificate = null, bool tls = true, string? password = null)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.AddSubProtocol("ocpp2.0.1");
        if (certificate is not null)
        {
            socket.Options.ClientCertificates.Add(certificate);
        }

        if (password is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{chargerId}:{password}")));
        }

        var thumbprint = ServerCertificate.GetCertHashString();
        socket.Options.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == thumbprint;
        var uri = tls
            ? new Uri($"wss://localhost:{TlsPort}/ocpp/{chargerId}")
            : new Uri($"ws://127.0.0.1:{Server.OcppPort}/ocpp/{chargerId}");
        try
        {
            await socket.ConnectAsync(uri, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            var retryAfter = socket.HttpResponseHeaders?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
            return (socket.HttpStatusCode, retryAfter);
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "test done", CancellationToken.None);
        return (HttpStatusCode.SwitchingProtocols, null);
    }

    /// <summary>A station of the charge point library on the wss:// listener with a client certificate (profile 3).</summary>
    public ChargingStation Station(string chargerId, X509Certificate2 certificate, OcppVersion version = OcppVersion.V201) => new(new ChargingStationOptions
    {
        Id = chargerId,
        CsmsUri = new Uri($"wss://localhost:{TlsPort}/ocpp"),
        Version = version,
        ClientCertificate = certificate,
        TrustedCsmsRoot = ServerCertificate,
        Evses = [1],
        MeterValueInterval = TimeSpan.FromSeconds(30),
        Reconnect = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromMilliseconds(200), RandomRange = TimeSpan.FromMilliseconds(200) },
    });

    /// <summary>The value of <c>csms_security_events_total{event="..."}</c> in <c>GET /metrics</c>, 0 when absent.</summary>
    public async Task<long> SecurityEventsAsync(string eventType)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Server.ApiPort}/") };
        var text = await http.GetStringAsync("metrics");
        var prefix = $"csms_security_events_total{{event=\"{eventType}\"}} ";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[prefix.Length..], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Storage.DisposeAsync();
        ServerCertificate.Dispose();
        ChargerCa.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
