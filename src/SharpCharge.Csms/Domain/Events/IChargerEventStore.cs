namespace SharpCharge.Csms.Domain.Events;

/// <summary>Persistence of what chargers report for the operator. Lists are newest first.</summary>
internal interface IChargerEventStore
{
    Task AddStatusEventAsync(ChargerStatusEvent statusEvent, CancellationToken cancellationToken);

    Task AddSecurityEventAsync(SecurityEvent securityEvent, CancellationToken cancellationToken);

    Task<long> AddCertificateSigningRequestAsync(CertificateSigningRequest request, CancellationToken cancellationToken);

    Task<long> AddNotificationAsync(NotificationReport report, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    Task AddProtocolLogAsync(ProtocolLogEntry entry, CancellationToken cancellationToken);

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

    /// <summary>Deletes the protocol log entries logged before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteProtocolLogBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
