using Microsoft.Extensions.Options;

namespace SharpCharge.Csms.Domain.Events;

/// <inheritdoc />
internal sealed class ChargerEventService : IChargerEventService
{
    private readonly IChargerEventStore _store;
    private readonly TimeProvider _time;
    private readonly ProtocolLogMode _protocolLog;
    private readonly int _protocolLogRetentionDays;

    public ChargerEventService(IChargerEventStore store, TimeProvider time, IOptions<CsmsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _time = time;
        _protocolLog = options.Value.EffectiveProtocolLog;
        _protocolLogRetentionDays = options.Value.ProtocolLogRetentionDays;
    }

    public Task RecordStatusAsync(
        string chargerId, ChargerStatusEventKind kind, string status, int? requestId, CancellationToken cancellationToken) =>
        _store.AddStatusEventAsync(
            new ChargerStatusEvent(0, chargerId, kind, status, _time.GetUtcNow()) { RequestId = requestId }, cancellationToken);

    public Task RecordSecurityEventAsync(
        string chargerId, string type, DateTimeOffset timestamp, string? techInfo, CancellationToken cancellationToken) =>
        _store.AddSecurityEventAsync(
            new SecurityEvent(0, chargerId, type, timestamp.ToUniversalTime(), _time.GetUtcNow()) { TechInfo = techInfo },
            cancellationToken);

    public Task<long> RecordCertificateSigningRequestAsync(
        string chargerId, string csr, string? certificateType, CancellationToken cancellationToken) =>
        _store.AddCertificateSigningRequestAsync(
            new CertificateSigningRequest(0, chargerId, csr, CertificateSigningRequest.StatusReceived, _time.GetUtcNow())
            {
                CertificateType = certificateType,
            },
            cancellationToken);

    public Task<long> RecordNotificationAsync(NotificationReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _store.AddNotificationAsync(report, _time.GetUtcNow(), cancellationToken);
    }

    public ValueTask AppendProtocolLogAsync(
        string chargerId,
        MessageDirection direction,
        ProtocolMessageType messageType,
        string messageId,
        string? action,
        string payload,
        CancellationToken cancellationToken)
    {
        if (!Keeps(_protocolLog, messageType, messageId))
        {
            return ValueTask.CompletedTask;
        }

        var entry = new ProtocolLogEntry(0, chargerId, direction, messageType, messageId, payload, _time.GetUtcNow())
        {
            Action = action,
        };
        return new ValueTask(_store.AddProtocolLogAsync(entry, cancellationToken));
    }

    public Task<IReadOnlyList<BootLogEntry>> ListBootLogAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        _store.ListBootLogAsync(chargerId, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<ChargerStatusEvent>> ListStatusEventsAsync(
        string chargerId, ChargerStatusEventKind? kind, int limit, CancellationToken cancellationToken) =>
        _store.ListStatusEventsAsync(chargerId, kind, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<SecurityEvent>> ListSecurityEventsAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        _store.ListSecurityEventsAsync(chargerId, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<CertificateSigningRequest>> ListCertificateSigningRequestsAsync(
        string? chargerId, int limit, CancellationToken cancellationToken) =>
        _store.ListCertificateSigningRequestsAsync(chargerId, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<ChargerNotification>> ListNotificationsAsync(
        string chargerId, ChargerNotificationKind? kind, int? requestId, int limit, CancellationToken cancellationToken) =>
        _store.ListNotificationsAsync(chargerId, kind, requestId, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(string chargerId, int limit, CancellationToken cancellationToken) =>
        _store.ListProtocolLogAsync(chargerId, CheckLimit(limit), cancellationToken);

    public Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(
        string chargerId, int limit, long? beforeId, CancellationToken cancellationToken) =>
        _store.ListProtocolLogAsync(chargerId, CheckLimit(limit), beforeId, cancellationToken);

    private static int CheckLimit(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return limit;
    }

    public async Task<int> PurgeProtocolLogAsync(CancellationToken cancellationToken)
    {
        if (_protocolLogRetentionDays == 0)
        {
            return 0;
        }

        return await _store.DeleteProtocolLogBeforeAsync(_time.GetUtcNow().AddDays(-_protocolLogRetentionDays), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the mode keeps a frame. Errors keeps CALLERRORs and 2.1 CALLRESULTERRORs, and frames too broken to
    /// name their type, which <see cref="Connections.ProtocolLog.ProtocolFrame"/> files as CALLERRORs with no id.
    /// </summary>
    internal static bool Keeps(ProtocolLogMode mode, ProtocolMessageType messageType, string messageId) => mode switch
    {
        ProtocolLogMode.All => true,
        ProtocolLogMode.Errors => messageType is ProtocolMessageType.CallError or ProtocolMessageType.CallResultError || messageId.Length == 0,
        _ => false,
    };
}
