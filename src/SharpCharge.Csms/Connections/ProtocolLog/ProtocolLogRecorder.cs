using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Connections.ProtocolLog;

/// <summary>
/// Writes the protocol log (<c>Csms:ProtocolLog</c>) in the background: connections queue frames into one
/// bounded channel without waiting, and this hosted service stores them in order. When the database falls behind
/// and the queue is full, new frames are dropped and counted in a warning rather than slowing chargers down.
/// </summary>
internal sealed partial class ProtocolLogRecorder : BackgroundService
{
    public const int Capacity = 10_000;

    private readonly Channel<ProtocolLogEntry> _queue = Channel.CreateBounded<ProtocolLogEntry>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly IChargerEventService _events;
    private readonly ILiveEvents _live;
    private readonly TimeProvider _time;
    private readonly ILogger<ProtocolLogRecorder> _logger;
    private readonly ProtocolLogMode _mode;
    private long _dropped;

    public ProtocolLogRecorder(IChargerEventService events, ILiveEvents live, IOptions<CsmsOptions> options, TimeProvider time, ILogger<ProtocolLogRecorder> logger)
    {
        _events = events;
        _live = live;
        _time = time;
        _logger = logger;
        _mode = options.Value.EffectiveProtocolLog;
        Enabled = _mode != ProtocolLogMode.Off;
    }

    public bool Enabled { get; }

    public void Record(string chargerId, MessageDirection direction, ReadOnlySpan<byte> frame)
    {
        var parsed = ProtocolFrame.Parse(frame);
        if (!ChargerEventService.Keeps(_mode, parsed.Type, parsed.MessageId))
        {
            return;
        }

        var entry = new ProtocolLogEntry(0, chargerId, direction, parsed.Type, parsed.MessageId, parsed.Text, _time.GetUtcNow())
        {
            Action = parsed.Action,
        };
        if (!_queue.Writer.TryWrite(entry) && Interlocked.Increment(ref _dropped) % 1000 == 1)
        {
            Log.Dropped(_logger, Interlocked.Read(ref _dropped));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Chargers with frames stored since the queue was last empty: each gets one live event once the queue is drained,
        // so an open charger page shows its frames at once without an event per frame.
        var stored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entry in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await _events.AppendProtocolLogAsync(
                    entry.ChargerId, entry.Direction, entry.MessageType, entry.MessageId, entry.Action, entry.Payload, stoppingToken).ConfigureAwait(false);
                stored.Add(entry.ChargerId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The log is a diagnostic aid: a failed write loses that frame's entry, never the connection.
                Log.WriteFailed(_logger, entry.ChargerId, e);
            }

            if (_queue.Reader.Count == 0 && stored.Count > 0)
            {
                foreach (var chargerId in stored)
                {
                    _live.Publish(new LiveEvent(LiveEventKind.ProtocolLogged, chargerId, _time.GetUtcNow()));
                }

                stored.Clear();
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(ConnectionEventIds.ProtocolLogDropped, LogLevel.Warning,
            "The protocol log queue is full; {Dropped} frames dropped so far", EventName = "ProtocolLogDropped")]
        public static partial void Dropped(ILogger logger, long dropped);

        [LoggerMessage(ConnectionEventIds.ProtocolLogWriteFailed, LogLevel.Warning,
            "A protocol log entry of charger {ChargerId} could not be stored", EventName = "ProtocolLogWriteFailed")]
        public static partial void WriteFailed(ILogger logger, string chargerId, Exception exception);
    }
}
