using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Tests.Support;
using SharpCharge.Station.Queue;
using SharpCharge.Station.Tests.Support;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Station.Tests;

/// <summary>The queue file: transaction messages queued offline survive a restart and go out once, in order.</summary>
public sealed class ChargingStationQueueFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sharpcharge-station-{Guid.NewGuid():N}.jsonl");

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.7 offline transaction messages; errata §3.18")]
    public async Task V16_RestartWithQueuedMessages_SendsEachOnceInOrderWithTheCentralSystemsIds()
    {
        var options = StationHarness.Options(OcppVersion.V16);
        options.QueueFilePath = _path;
        V16Central? central = null;

        // First life: the start of session 1 is answered (id 101), then the connection is lost and the rest waits.
        await using (var first = await StationHarness.StartAsync(options, time => (central = new V16Central(time)).Router))
        {
            await Eventually.TrueAsync(() => Task.FromResult(first.Station.IsOnline));
            await first.Station.StartSessionAsync(1, "TAG-1");
            await first.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);
            first.Connector.Reachable = false;
            first.Connector.Server.RequestClose();
            await Eventually.TrueAsync(() => Task.FromResult(!first.Station.IsOnline));
            first.Station.SampleRunningSessions();
            first.Station.StopSession(1);
            Assert.Equal(SessionStartOutcome.Started, await first.Station.StartSessionAsync(1, "TAG-1"));
            first.Station.SampleRunningSessions();
        }

        var before = central!.Transactional().Count;

        // Second life: a new station on the same file, against the same central system.
        await using (var second = await StationHarness.StartAsync(options, _ => central.Router))
        {
            await second.AdvanceUntilAsync(() => central.Transactional().Count >= before + 4, TimeSpan.FromSeconds(1));
            await Eventually.TrueAsync(() => Task.FromResult(second.Station.QueuedMessageCount == 0));
        }

        var sent = central.Transactional();
        Assert.Equal(1, before);
        Assert.Equal(["StartTransaction", "MeterValues", "StopTransaction", "StartTransaction", "MeterValues"], sent.Select(r => r.GetType().Name.Replace("Request", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(101, ((V16.MeterValuesRequest)sent[1]).TransactionId);
        Assert.Equal(101, ((V16.StopTransactionRequest)sent[2]).TransactionId);
        Assert.Equal(102, ((V16.MeterValuesRequest)sent[4]).TransactionId);
        using var store = new QueueFileStore(_path);
        Assert.Empty(store.Pending);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 E04; OCPP-NOTES §1.7")]
    public async Task V201_QueuedOfflineThenRestarted_ReplaysEachEventOnceInOrderWithItsSeqNo()
    {
        var options = StationHarness.Options(OcppVersion.V201);
        options.QueueFilePath = _path;
        var time = new ManualTimeProvider();

        // First life: never reaches the central system.
        await using (var connector = new InMemoryStationConnector(new MiniCentralSystem201(time).Router, time) { Reachable = false })
        await using (var station = new ChargingStation(options, time, connector))
        {
            Assert.Equal(SessionStartOutcome.Started, await station.StartSessionAsync(1, "TAG-1"));
            station.SampleRunningSessions();
            station.SampleRunningSessions();
            station.StopSession(1);
            Assert.Equal(5, station.QueuedMessageCount); // four events and one status report, which the file does not keep
        }

        MiniCentralSystem201? central = null;
        await using (var second = await StationHarness.StartAsync(options, t => (central = new MiniCentralSystem201(t)).Router))
        {
            await second.AdvanceUntilAsync(() => central!.All<V201.TransactionEventRequest>().Count >= 4, TimeSpan.FromSeconds(1));
            await Eventually.TrueAsync(() => Task.FromResult(second.Station.QueuedMessageCount == 0));
        }

        var events = central!.All<V201.TransactionEventRequest>();
        Assert.Equal([0, 1, 2, 3], events.Select(e => e.SeqNo));
        Assert.All(events, e => Assert.True(e.Offline));
        Assert.Equal(
            [V201.TransactionEventEnumType.Started, V201.TransactionEventEnumType.Updated, V201.TransactionEventEnumType.Updated, V201.TransactionEventEnumType.Ended],
            events.Select(e => e.EventType));
        Assert.Single(events.Select(e => e.TransactionInfo.TransactionId).Distinct());
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".tmp");
    }

    private sealed class V16Central(TimeProvider time)
    {
        private readonly MiniCentralSystem16 _inner = new(time);

        public Ocpp.Routing.OcppRouter Router => _inner.Router;

        public IReadOnlyList<IOcppRequest> Transactional()
            => [.. _inner.Received.Where(r => r is V16.StartTransactionRequest or V16.MeterValuesRequest or V16.StopTransactionRequest)];
    }
}
