namespace SharpCharge.Csms.Domain.Stations;

/// <summary>Persistence of current connector status and its history.</summary>
internal interface IConnectorStatusStore
{
    Task<ConnectorState?> GetAsync(string chargerId, int evseId, int connectorId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConnectorState>> ListAsync(string chargerId, CancellationToken cancellationToken);

    /// <summary>Upserts the current state and/or appends a history row, in one database transaction.</summary>
    Task SaveAsync(ConnectorState? current, StatusHistoryEntry? history, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<StatusHistoryEntry>> GetHistoryAsync(
        string chargerId, int? evseId, int? connectorId, int limit, CancellationToken cancellationToken);
}
