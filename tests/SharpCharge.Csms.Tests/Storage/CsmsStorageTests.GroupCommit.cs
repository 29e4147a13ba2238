using System.Data.Common;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task GroupCommit_ManyConcurrentWriters_CompleteEveryWriteDurably()
    {
        const int Chargers = 10;
        const int StartsPerCharger = 30;
        for (var c = 0; c < Chargers; c++)
        {
            await AcceptedChargerAsync($"GC-{c}");
        }

        var starts = Enumerable.Range(0, Chargers * StartsPerCharger)
            .Select(i => Transactions.StartAsync(
                new TransactionStart($"GC-{i % Chargers}", (i / Chargers) + 1, 1, new IdToken($"TAG-{i}"), At(i), i), None))
            .ToArray();
        var results = await Task.WhenAll(starts);

        // A restart drops every in-memory state: what was acknowledged must be read back from the database.
        await RestartAsync();
        Assert.Equal(results.Length, results.Select(r => r.TransactionId).Distinct().Count());
        for (var c = 0; c < Chargers; c++)
        {
            var stored = await Transactions.ListAsync($"GC-{c}", TransactionState.Running, 1000, None);
            Assert.Equal(StartsPerCharger, stored.Count);
        }

        foreach (var result in results)
        {
            Assert.NotNull(await Transactions.GetAsync(result.TransactionId, None));
        }
    }

    [Fact]
    public async Task GroupCommit_OneFailingWriteInABatch_FailsAloneAndTheOthersCommit()
    {
        await AcceptedChargerAsync();
        var store = Host.Get<ITransactionStore>();
        var good = Enumerable.Range(0, 20)
            .Select(i => Transactions.StartAsync(new TransactionStart("CP-1", i + 1, 1, new IdToken($"OK-{i}"), At(i), 0m), None))
            .ToList();

        // A transaction for a charger that does not exist violates the foreign key.
        var bad = store.ExecuteAsync(
            (session, ct) => session.InsertAsync(new TransactionRecord(0, "NO-SUCH-CHARGER", TransactionState.Running, At(0)), ct),
            None);
        good.AddRange(Enumerable.Range(20, 20)
            .Select(i => Transactions.StartAsync(new TransactionStart("CP-1", i + 1, 1, new IdToken($"OK-{i}"), At(i), 0m), None)));

        await Assert.ThrowsAnyAsync<DbException>(() => bad);
        var committed = await Task.WhenAll(good);
        Assert.Equal(40, committed.Select(r => r.TransactionId).Distinct().Count());
        Assert.Equal(40, (await Transactions.ListAsync("CP-1", null, 100, None)).Count);
    }

    [Fact]
    public async Task GroupCommit_CallerCancelledBeforeItsTurn_RunsNothing()
    {
        await AcceptedChargerAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Transactions.StartAsync(new TransactionStart("CP-1", 1, 1, new IdToken("TAG"), At(0), 0m), cancelled.Token));

        Assert.Empty(await Transactions.ListAsync("CP-1", null, 10, None));
    }

    [Fact]
    public async Task GroupCommit_AfterShutdown_RefusesNewWrites()
    {
        var writer = Host.Get<GroupCommitWriter>();
        await writer.StopAsync(None);

        await Assert.ThrowsAsync<System.Threading.Channels.ChannelClosedException>(
            () => writer.EnqueueAsync((_, _, _) => Task.FromResult(1), None));
    }

    [Fact]
    public async Task GroupCommit_WriteAfterShutdown_RunsInATransactionOfItsOwn()
    {
        // A charger whose socket closes while the server stops must still be marked offline.
        await AcceptedChargerAsync();
        await Chargers.MarkOnlineAsync("CP-1", "1.6", None);
        await Host.Get<GroupCommitWriter>().StopAsync(None);

        await Chargers.MarkOfflineAsync("CP-1", None);

        Assert.False((await Chargers.FindAsync("CP-1", None))?.Online);
    }

    [Fact]
    public async Task GroupCommit_AFleetComingOnlineAtOnce_RecordsEveryCharger()
    {
        // The boot-storm path: online, boot and status writes of many chargers share commits through the writer.
        const int Count = 200;
        for (var c = 0; c < Count; c++)
        {
            await AcceptedChargerAsync($"ST-{c}");
        }

        await Task.WhenAll(Enumerable.Range(0, Count).Select(c => Chargers.MarkOnlineAsync($"ST-{c}", "1.6", None)));

        await RestartAsync();
        var online = (await Chargers.ListAsync(null, None)).Where(c => c.Id.StartsWith("ST-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count, online.Count);
        Assert.All(online, c => Assert.True(c.Online, c.Id));
    }
}
