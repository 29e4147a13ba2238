using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Tests.Queue;

public sealed class QueueFileStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"sharpcharge-queue-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Append_ThenReload_ReturnsTheMessagesInOrderWithTheirPayloads()
    {
        using (var store = new QueueFileStore(_path))
        {
            store.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-1", 1, """{"connectorId":1}""");
            store.Append("MeterValues", MessageKind.TransactionSample, "tx-1", 1, """{"connectorId":1,"meterValue":[]}""");
        }

        using var reloaded = new QueueFileStore(_path);

        Assert.Equal(["StartTransaction", "MeterValues"], reloaded.Pending.Select(m => m.Action));
        Assert.Equal([1L, 2L], reloaded.Pending.Select(m => m.Seq));
        Assert.Equal(MessageKind.TransactionSample, reloaded.Pending[1].Kind);
        Assert.Equal("tx-1", reloaded.Pending[1].TransactionKey);
        Assert.Equal("""{"connectorId":1,"meterValue":[]}""", reloaded.Pending[1].Payload);
    }

    [Fact]
    public void Complete_ThenReload_LeavesOnlyTheUnansweredAndKeepsCountingSequenceNumbers()
    {
        using (var store = new QueueFileStore(_path))
        {
            var first = store.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
            store.Append("StopTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
            store.Complete(first.Seq);
            store.Complete(first.Seq);
        }

        using var reloaded = new QueueFileStore(_path);
        var next = reloaded.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-2", 1, "{}");

        Assert.Equal([2L, 3L], reloaded.Pending.Select(m => m.Seq));
        Assert.Equal(3, next.Seq);
    }

    [Fact]
    public void Reload_TornLastLine_IsIgnoredAndTheFileRepaired()
    {
        using (var store = new QueueFileStore(_path))
        {
            store.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
        }

        File.AppendAllText(_path, """{"op":"add","seq":2,"action":"StopTrans""");

        using (var reloaded = new QueueFileStore(_path))
        {
            Assert.Equal(["StartTransaction"], reloaded.Pending.Select(m => m.Action));
            reloaded.Append("StopTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
        }

        using var again = new QueueFileStore(_path);
        Assert.Equal(["StartTransaction", "StopTransaction"], again.Pending.Select(m => m.Action));
    }

    [Fact]
    public void Reload_DamagedLineBeforeTheLast_Throws()
    {
        File.WriteAllText(_path, "garbage\n{\"op\":\"done\",\"seq\":1}\n");

        Assert.Throws<InvalidDataException>(() => new QueueFileStore(_path));
    }

    [Fact]
    public void Complete_RetiredLinesDominate_RewritesTheFileWithWhatIsStillNeeded()
    {
        using (var store = new QueueFileStore(_path, compactAfter: 4))
        {
            var a = store.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
            store.RecordTransactionId("tx-1", 101);
            var b = store.Append("MeterValues", MessageKind.TransactionSample, "tx-1", 1, "{}");
            store.Append("StopTransaction", MessageKind.TransactionBoundary, "tx-1", 1, "{}");
            store.Append("StartTransaction", MessageKind.TransactionBoundary, "tx-2", 1, "{}");
            store.RecordTransactionId("tx-9", 109);
            store.Complete(a.Seq);
            Assert.Equal(2, store.RetiredLines);
            store.Complete(b.Seq);

            Assert.Equal(0, store.RetiredLines);
        }

        // The ids still needed, then the two live messages: nothing retired, nothing for finished transactions.
        var lines = File.ReadAllLines(_path);
        Assert.Equal(3, lines.Length);
        using var reloaded = new QueueFileStore(_path);
        Assert.Equal([3L, 4L], reloaded.Pending.Select(m => m.Seq));
        Assert.Equal(101, reloaded.TransactionIdOf("tx-1"));
        Assert.Null(reloaded.TransactionIdOf("tx-9"));
    }

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".tmp");
    }
}
