using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using SharpCharge.Csms.Connections;
using SharpCharge.Ocpp.Diagnostics;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// The central system's own instruments (meter <see cref="MeterName"/>), beside the protocol library's
/// <see cref="OcppMetrics"/>. Created from the host's <see cref="IMeterFactory"/>, so every server has its own.
/// </summary>
internal sealed class CsmsMetrics
{
    public const string MeterName = "SharpCharge.Csms";

    private readonly Counter<long> _closes;
    private readonly Histogram<long> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Counter<long> _offlineReplays;

    public CsmsMetrics(IMeterFactory meterFactory, ChargerSessionRegistry registry)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("csms.chargers.connected", () => Connected(registry), "{charger}", "Chargers connected to this node, by OCPP version.");
        _closes = meter.CreateCounter<long>("csms.websocket.closes", "{connection}", "Charger connections closed, by who closed them and the WebSocket close status.");
        _batchSize = meter.CreateHistogram<long>("csms.db.batch.size", "{write}", "Transaction writes committed together in one database transaction (group commit).");
        _batchDuration = meter.CreateHistogram<double>("csms.db.batch.duration", "s", "Time to run and commit one group-commit batch.");
        _offlineReplays = meter.CreateCounter<long>("csms.offline_queue.replays", "{message}", "Transaction messages a charger sent from its offline queue (2.x offline flag, or a timestamp older than the connection).");
    }

    public void ConnectionClosed(OcppCloseInfo info)
        => _closes.Add(1, new("initiator", info.Initiator == OcppCloseInitiator.Local ? "server" : "charger"), new("status", Status(info.Status)));

    public void BatchCommitted(int size, long startedTimestamp)
    {
        _batchSize.Record(size);
        _batchDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);
    }

    /// <summary>
    /// Counts a transaction message the charger had queued while offline: 2.x marks it (TransactionEvent offline,
    /// E04.FR.03 ... ), and in any version its timestamp is older than the connection it arrives on.
    /// </summary>
    public void TransactionMessage(ChargerSession session, DateTimeOffset timestamp, bool offlineFlag = false)
    {
        if (offlineFlag || timestamp < session.ConnectedAt)
        {
            _offlineReplays.Add(1, new KeyValuePair<string, object?>("ocpp.version", OcppMetrics.Label(session.Version)));
        }
    }

    private static IEnumerable<Measurement<int>> Connected(ChargerSessionRegistry registry)
    {
        Span<int> counts = stackalloc int[3];
        foreach (var session in registry.All)
        {
            counts[(int)session.Version]++;
        }

        return
        [
            new(counts[0], new KeyValuePair<string, object?>("ocpp.version", OcppMetrics.Label(Ocpp.OcppVersion.V16))),
            new(counts[1], new KeyValuePair<string, object?>("ocpp.version", OcppMetrics.Label(Ocpp.OcppVersion.V201))),
            new(counts[2], new KeyValuePair<string, object?>("ocpp.version", OcppMetrics.Label(Ocpp.OcppVersion.V21))),
        ];
    }

    private static string Status(WebSocketCloseStatus? status) => status switch
    {
        null => "none",
        WebSocketCloseStatus.NormalClosure => "normal",
        WebSocketCloseStatus.EndpointUnavailable => "going_away",
        WebSocketCloseStatus.ProtocolError => "protocol_error",
        WebSocketCloseStatus.InvalidMessageType => "invalid_message_type",
        WebSocketCloseStatus.PolicyViolation => "policy_violation",
        WebSocketCloseStatus.MessageTooBig => "message_too_big",
        WebSocketCloseStatus.InternalServerError => "internal_error",
        _ => "other",
    };
}
