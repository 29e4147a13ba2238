using SharpCharge.Station.Display;
using SharpCharge.Station.Model;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// 2.x display messages (O01-O06), running cost (CostUpdated, I02) and GetTransactionStatus (E14). The store keeps
/// the messages across simulated reboots; a transaction's messages go when it ends.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly DisplayMessageStore _display = new();

    /// <summary>The display messages set by the central system that have not ended, by id.</summary>
    public IReadOnlyList<DisplayMessage> GetDisplayMessages() => _display.Find(null, null, null, _time.GetUtcNow());

    /// <summary>The running session's total cost as the central system last reported it (CostUpdated), or null.</summary>
    public decimal? GetRunningCost(int evseId)
    {
        lock (_gate)
        {
            return EvseOf(evseId).Session?.RunningCost;
        }
    }

    DisplayOutcome IStationControl.SetDisplayMessage(DisplayMessage message)
    {
        var outcome = _display.Set(message, _time.GetUtcNow(), IsRunning);
        Raise(Event(StationEventKind.DisplayMessagesChanged) with { Detail = $"set {message.Id} {outcome}" });
        return outcome;
    }

    IReadOnlyList<DisplayMessage> IStationControl.FindDisplayMessages(IReadOnlyCollection<int>? ids, string? priority, string? state)
        => _display.Find(ids, priority, state, _time.GetUtcNow());

    bool IStationControl.ClearDisplayMessage(int id)
    {
        var found = _display.Clear(id);
        Raise(Event(StationEventKind.DisplayMessagesChanged) with { Detail = $"clear {id} {(found ? "Accepted" : "Unknown")}" });
        return found;
    }

    void IStationControl.OnCostUpdated(string transactionId, decimal totalCost)
    {
        lock (_gate)
        {
            // An unknown transaction is answered all the same (the response has no status); nothing is stored.
            var session = _evses.Select(e => e.Session).FirstOrDefault(s => s is not null && s.DisplayId == transactionId);
            session?.RunningCost = totalCost;
            Raise(Event(StationEventKind.CostUpdated) with { EvseId = session?.EvseId, TransactionId = transactionId, Detail = totalCost.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    (bool? Ongoing, bool MessagesInQueue) IStationControl.TransactionStatus(string? transactionId)
    {
        if (transactionId is null)
        {
            // E14.FR.06: without an id only the queue is asked about; ongoingIndicator is left out.
            return (null, _queue.HoldsTransactionMessages(null));
        }

        return (IsRunning(transactionId), _queue.HoldsTransactionMessages(transactionId));
    }

    /// <summary>A session with that transaction id (2.x local id, 1.6 the central system's) is running.</summary>
    private bool IsRunning(string transactionId)
    {
        lock (_gate)
        {
            return _evses.Any(e => e.Session is { } s && (s.LocalId == transactionId || s.DisplayId == transactionId));
        }
    }

    /// <summary>The session ended: messages shown only during it go (O02.FR.02). Under the lock.</summary>
    private void OnSessionEndedForDisplay(Session session) => _display.EndTransaction(session.LocalId);
}
