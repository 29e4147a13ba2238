namespace SharpCharge.Csms.Domain.Stations;

/// <summary>Connector / EVSE status as reported by StatusNotification, with the history of changes.</summary>
internal interface IConnectorStatusService
{
    /// <summary>
    /// Records a status report. The current state follows the newest report by timestamp (a late, older report
    /// after an offline period only enters the history); a history row is added when the status or the error code
    /// differs from the current state. Returns true when the current state changed.
    /// </summary>
    Task<bool> ReportAsync(StatusReport report, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConnectorState>> GetAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="limit"/> rows; null EVSE/connector means all.</summary>
    Task<IReadOnlyList<StatusHistoryEntry>> GetHistoryAsync(
        string chargerId, int? evseId, int? connectorId, int limit, CancellationToken cancellationToken);
}
