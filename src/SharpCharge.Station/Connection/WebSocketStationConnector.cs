using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Connection;

/// <summary>
/// Connects with <see cref="ClientWebSocket"/> to <c>{CsmsUri}/{Id}</c>, asking for the configured version's
/// subprotocol only (OCPP-NOTES §2.2). Security profiles (§3.1): 1 and 2 send HTTP Basic credentials when a
/// password (1.6 AuthorizationKey, 2.x BasicAuthPassword) is set (§3.2); 2 and 3 use TLS through a wss:// URL,
/// checked against <see cref="ChargingStationOptions.TrustedCsmsRoot"/> when one is given; 3 presents the client
/// certificate (§3.4). The password and the WebSocket ping interval are read on every connect, so a change made by
/// the central system applies from the next connection.
/// </summary>
/// <remarks>
/// <paramref name="signedCertificate"/> returns the certificate the central system signed for the station's CSR
/// (CertificateSigned); once there is one, a profile 3 station presents it instead of the configured one from its next
/// connection on (2.0.1 A02.FR.08, A02.FR.09).
/// </remarks>
internal sealed class WebSocketStationConnector(ChargingStationOptions options, StationSettings settings, Func<X509Certificate2?>? signedCertificate = null) : IStationConnector
{
    private readonly Uri _uri = new(options.CsmsUri.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(options.Id));
    private readonly string _subProtocol = options.Version.ToSubProtocol();
    private readonly X509Certificate2? _clientCertificate = options.ClientCertificate
        ?? (options.ClientCertificatePath is { } path ? X509CertificateLoader.LoadPkcs12FromFile(path, options.ClientCertificatePassword) : null);

    public async ValueTask<IOcppTransport> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.AddSubProtocol(_subProtocol);
            var password = settings.Get(Setting.BasicAuthPassword);
            if (password.Length > 0)
            {
                // 2.x sends the password as UTF-8 text; 1.6 sends the secret's bytes, which for a text secret are the same.
                var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Id + ":" + password));
                socket.Options.SetRequestHeader("Authorization", "Basic " + credentials);
            }

            var ping = settings.Int(Setting.WebSocketPingInterval);
            if (ping > 0)
            {
                socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(ping);
            }

            // Only a station that uses client certificates (profile 3) switches to a signed one.
            var certificate = _clientCertificate is null ? null : signedCertificate?.Invoke() ?? _clientCertificate;
            if (certificate is not null)
            {
                socket.Options.ClientCertificates.Add(certificate);
            }

            if (options.TrustedCsmsRoot is { } root)
            {
                socket.Options.RemoteCertificateValidationCallback = (_, presented, _, errors) => IsTrusted(root, presented, errors);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(_uri, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Connecting to {_uri} took longer than {options.ConnectTimeout}.");
            }

            if (socket.SubProtocol != _subProtocol)
            {
                throw new WebSocketException($"The central system answered subprotocol '{socket.SubProtocol}' instead of '{_subProtocol}'.");
            }

            // The transport owns the socket from here on.
            var transport = new WebSocketOcppTransport(socket);
            socket = null;
            return transport;
        }
        finally
        {
            socket?.Dispose();
        }
    }

    /// <summary>
    /// The central system's certificate must name the host (no other policy error) and chain to the configured root
    /// alone (2.0.1 A00.FR.308, A00.FR.309; OCPP-NOTES §3.3); revocation is not checked, a station often cannot reach the lists.
    /// </summary>
    private static bool IsTrusted(X509Certificate2 root, X509Certificate? presented, SslPolicyErrors errors)
    {
        if (presented is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var certificate = new X509Certificate2(presented);
        return chain.Build(certificate);
    }
}
