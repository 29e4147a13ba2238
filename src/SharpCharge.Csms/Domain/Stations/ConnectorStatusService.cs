using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Domain.Stations;

/// <inheritdoc />
internal sealed class ConnectorStatusService : IConnectorStatusService
{
    private readonly IConnectorStatusStore _store;
    private readonly TimeProvider _time;
    private readonly ILiveEvents _events;

    public ConnectorStatusService(IConnectorStatusStore store, TimeProvider time, ILiveEvents events)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(events);
        _store = store;
        _time = time;
        _events = events;
    }

    public async Task<bool> ReportAsync(StatusReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(report.EvseId);
        ArgumentOutOfRangeException.ThrowIfNegative(report.ConnectorId);

        var now = _time.GetUtcNow();
        var at = report.Timestamp ?? now;
        var current = await _store.GetAsync(report.ChargerId, report.EvseId, report.ConnectorId, cancellationToken)
            .ConfigureAwait(false);

        var changed = current is null
            || current.Status != report.Status
            || !string.Equals(current.ErrorCode, report.ErrorCode, StringComparison.Ordinal);
        var newest = current is null || at >= current.StatusAt;

        var next = newest
            ? new ConnectorState(report.ChargerId, report.EvseId, report.ConnectorId, report.Status, at, now)
            {
                ErrorCode = report.ErrorCode,
                Info = report.Info,
                VendorId = report.VendorId,
                VendorErrorCode = report.VendorErrorCode,
            }
            : null;
        var history = changed
            ? new StatusHistoryEntry(0, report.ChargerId, report.EvseId, report.ConnectorId, report.Status, at, now)
            {
                ErrorCode = report.ErrorCode,
                Info = report.Info,
                VendorId = report.VendorId,
                VendorErrorCode = report.VendorErrorCode,
            }
            : null;

        if (next is not null || history is not null)
        {
            await _store.SaveAsync(next, history, cancellationToken).ConfigureAwait(false);
        }

        if (changed && newest)
        {
            _events.Publish(new LiveEvent(LiveEventKind.StatusChanged, report.ChargerId, now)
            {
                EvseId = report.EvseId,
                ConnectorId = report.ConnectorId,
                Status = report.Status,
                ErrorCode = report.ErrorCode is null or "NoError" ? null : report.ErrorCode,
            });
        }

        return changed && newest;
    }

    public Task<IReadOnlyList<ConnectorState>> GetAsync(string chargerId, CancellationToken cancellationToken) =>
        _store.ListAsync(chargerId, cancellationToken);

    public Task<IReadOnlyList<StatusHistoryEntry>> GetHistoryAsync(
        string chargerId, int? evseId, int? connectorId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return _store.GetHistoryAsync(chargerId, evseId, connectorId, limit, cancellationToken);
    }
}
