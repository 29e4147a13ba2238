namespace SharpCharge.Csms.Domain.Events;

/// <summary>
/// Keeps what chargers report for the operator: firmware / diagnostics / log status, security events, certificate
/// signing requests, 2.x reports and notifications, the boot log and the optional protocol log.
/// </summary>
internal interface IChargerEventService
{
    Task RecordStatusAsync(
        string chargerId, ChargerStatusEventKind kind, string status, int? requestId, CancellationToken cancellationToken);

    Task RecordSecurityEventAsync(
        string chargerId, string type, DateTimeOffset timestamp, string? techInfo, CancellationToken cancellationToken);

    /// <summary>Stores a SignCertificate CSR with status "received"; returns its id.</summary>
    Task<long> RecordCertificateSigningRequestAsync(
        string chargerId, string csr, string? certificateType, CancellationToken cancellationToken);

    /// <summary>Stores a report or notification verbatim; returns its id.</summary>
    Task<long> RecordNotificationAsync(NotificationReport report, CancellationToken cancellationToken);

    /// <summary>
    /// Appends a frame to the protocol log when <c>Csms:ProtocolLog</c> keeps it (All: every frame; Errors: CALLERRORs,
    /// CALLRESULTERRORs and unreadable frames); otherwise does nothing.
    /// </summary>
    ValueTask AppendProtocolLogAsync(
        string chargerId,
        MessageDirection direction,
        ProtocolMessageType messageType,
        string messageId,
        string? action,
        string payload,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<BootLogEntry>> ListBootLogAsync(string chargerId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChargerStatusEvent>> ListStatusEventsAsync(
        string chargerId, ChargerStatusEventKind? kind, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<SecurityEvent>> ListSecurityEventsAsync(string chargerId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<CertificateSigningRequest>> ListCertificateSigningRequestsAsync(
        string? chargerId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChargerNotification>> ListNotificationsAsync(
        string chargerId, ChargerNotificationKind? kind, int? requestId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(string chargerId, int limit, CancellationToken cancellationToken);

    /// <summary>Newest first, only entries older than <paramref name="beforeId"/> when given (the next page).</summary>
    Task<IReadOnlyList<ProtocolLogEntry>> ListProtocolLogAsync(string chargerId, int limit, long? beforeId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the protocol log entries older than <c>Csms:ProtocolLogRetentionDays</c> (none when it is 0); returns
    /// how many.
    /// </summary>
    Task<int> PurgeProtocolLogAsync(CancellationToken cancellationToken);
}
