namespace SharpCharge.Station.Display;

/// <summary>
/// The display messages the central system set (O01-O06), by id. A new message with a known id replaces the old one
/// (O06.FR.01); a new AlwaysFront message replaces the previous AlwaysFront one (O02.FR.18); messages past their end
/// are removed (O01.FR.07) and transaction messages go when their transaction ends (O02.FR.02). Kept in memory: a
/// simulated reboot keeps them (O01.FR.10), a new process starts without.
/// </summary>
internal sealed class DisplayMessageStore
{
    /// <summary>DisplayMessageCtrlr.DisplayMessages maxLimit: one more is Rejected (O02.FR.11).</summary>
    public const int Capacity = 50;

    /// <summary>A text display: HTML (and 2.1 QRCODE) cannot be rendered, so they are NotSupportedMessageFormat (O01.FR.03).</summary>
    public static readonly IReadOnlyList<string> Formats = ["ASCII", "UTF8", "URI"];

    /// <summary>Every priority is supported (O01.FR.01 never applies).</summary>
    public static readonly IReadOnlyList<string> Priorities = ["AlwaysFront", "InFront", "NormalCycle"];

    /// <summary>The connector states the station has; 2.1 Discharging (V2X) is NotSupportedState (O01.FR.02).</summary>
    public static readonly IReadOnlyList<string> States = ["Charging", "Faulted", "Idle", "Unavailable", "Suspended"];

    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, DisplayMessage> _messages = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Stores the message; <paramref name="transactionRunning"/> tells whether a transaction id is running (O02.FR.01).</summary>
    public DisplayOutcome Set(DisplayMessage message, DateTimeOffset now, Func<string, bool> transactionRunning)
    {
        if (!Formats.Contains(message.Format))
        {
            return DisplayOutcome.NotSupportedMessageFormat;
        }

        if (message.State is { } state && !States.Contains(state))
        {
            return DisplayOutcome.NotSupportedState;
        }

        if (message.TransactionId is { } transactionId && !transactionRunning(transactionId))
        {
            return DisplayOutcome.UnknownTransaction;
        }

        lock (_gate)
        {
            Prune(now);
            if (!_messages.ContainsKey(message.Id) && _messages.Count >= Capacity)
            {
                return DisplayOutcome.Rejected;
            }

            if (message.Priority == "AlwaysFront")
            {
                foreach (var old in _messages.Values.Where(m => m.Priority == "AlwaysFront" && m.Id != message.Id).ToList())
                {
                    _messages.Remove(old.Id);
                }
            }

            _messages[message.Id] = message;
            return DisplayOutcome.Accepted;
        }
    }

    /// <summary>GetDisplayMessages: the messages matching every given criterion (O03, O04), by id.</summary>
    public IReadOnlyList<DisplayMessage> Find(IReadOnlyCollection<int>? ids, string? priority, string? state, DateTimeOffset now)
    {
        lock (_gate)
        {
            Prune(now);
            return [.. _messages.Values.Where(m => (ids is null || ids.Count == 0 || ids.Contains(m.Id)) && (priority is null || m.Priority == priority) && (state is null || m.State == state))];
        }
    }

    /// <summary>ClearDisplayMessage: false when no message has the id (O05.FR.02, Unknown).</summary>
    public bool Clear(int id)
    {
        lock (_gate)
        {
            return _messages.Remove(id);
        }
    }

    /// <summary>The transaction ended: its messages go (O02.FR.02).</summary>
    public void EndTransaction(string transactionId)
    {
        lock (_gate)
        {
            foreach (var message in _messages.Values.Where(m => m.TransactionId == transactionId).ToList())
            {
                _messages.Remove(message.Id);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var expired in _messages.Values.Where(m => m.EndsAt is { } end && end <= now).ToList())
        {
            _messages.Remove(expired.Id);
        }
    }
}
