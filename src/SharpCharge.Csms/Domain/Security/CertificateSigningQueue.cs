using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Signs chargers' CSRs with the built-in CA in the background and sends each charger its CertificateSigned. The
/// SignCertificate handler only enqueues, so the charger gets its SignCertificate answer first (A02.FR.11) and the
/// CertificateSigned CALL follows on the same connection; the queue is bounded, and a CSR that does not fit is left
/// stored for the operator (the charger asks again after CertSigningWaitMinimum, A02.FR.17).
/// </summary>
internal sealed partial class CertificateSigningQueue : BackgroundService
{
    public const int Capacity = 1000;

    /// <summary>The name the command history shows as the sender.</summary>
    public const string RequestedBy = "certificate-authority";

    private readonly Channel<(string ChargerId, string Csr, string? CertificateType)> _queue =
        Channel.CreateBounded<(string, string, string?)>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly CertificateAuthority _authority;
    private readonly IChargerSecurityStore _store;
    private readonly ICommandService _commands;
    private readonly SecurityEvents _events;
    private readonly TimeProvider _time;
    private readonly ILogger<CertificateSigningQueue> _logger;

    public CertificateSigningQueue(
        CertificateAuthority authority, IChargerSecurityStore store, ICommandService commands, SecurityEvents events, TimeProvider time, ILogger<CertificateSigningQueue> logger)
    {
        _authority = authority;
        _store = store;
        _commands = commands;
        _events = events;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Queues the CSR when the CA is on and signs this use: the charger's own certificate (1.6 ChargePointCertificate,
    /// 2.x ChargingStationCertificate or no type). V2G certificates belong to the ISO 15118 PKI and stay for the operator.
    /// </summary>
    public bool Enqueue(string chargerId, string csr, string? certificateType)
    {
        if (!_authority.Enabled || certificateType is not (null or "ChargingStationCertificate" or "ChargePointCertificate"))
        {
            return false;
        }

        if (_queue.Writer.TryWrite((chargerId, csr, certificateType == "ChargingStationCertificate" ? certificateType : null)))
        {
            return true;
        }

        Log.QueueFull(_logger, chargerId, Capacity);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (chargerId, csr, type) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await SignAsync(chargerId, csr, type, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One charger's failure (database down, ...) must not stop signing for the others; it asks again later.
                Log.NotDelivered(_logger, chargerId, e.Message);
            }
        }
    }

    private async Task SignAsync(string chargerId, string csr, string? type, CancellationToken cancellationToken)
    {
        var (issued, problem) = _authority.Sign(chargerId, csr);
        if (issued is null)
        {
            Log.Refused(_logger, chargerId, problem!);
            _events.Raise(SecurityEventType.InvalidChargingStationCertificate, chargerId, null, "CSR not signed: " + problem);
            return;
        }

        using (issued)
        {
            await _store.AddCertificateAsync(ChargerCertificate.Issued(chargerId, issued, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            Log.Signed(_logger, chargerId, issued.SerialNumber, issued.NotAfter);
            var result = await _commands.SendAsync(chargerId, new CertificateSigned(issued.ExportCertificatePem(), type), RequestedBy, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != CommandOutcome.Success)
            {
                Log.NotDelivered(_logger, chargerId, $"{result.Outcome} {result.Reply.Status} {result.Reply.Detail}");
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(SecurityEventIds.CertificateSigned, LogLevel.Information, "Signed a certificate for charger {ChargerId}: serial {SerialNumber}, valid until {NotAfter}", EventName = "CertificateSigned")]
        public static partial void Signed(ILogger logger, string chargerId, string serialNumber, DateTime notAfter);

        [LoggerMessage(SecurityEventIds.SigningRefused, LogLevel.Warning, "Did not sign the CSR of charger {ChargerId}: {Problem}", EventName = "SigningRefused")]
        public static partial void Refused(ILogger logger, string chargerId, string problem);

        [LoggerMessage(SecurityEventIds.SigningQueueFull, LogLevel.Warning, "The signing queue is full ({Capacity}); the CSR of charger {ChargerId} stays stored unsigned", EventName = "SigningQueueFull")]
        public static partial void QueueFull(ILogger logger, string chargerId, int capacity);

        [LoggerMessage(SecurityEventIds.CertificateSignedNotDelivered, LogLevel.Warning, "The certificate signed for charger {ChargerId} was not accepted: {Detail}", EventName = "CertificateSignedNotDelivered")]
        public static partial void NotDelivered(ILogger logger, string chargerId, string detail);
    }
}
