using System.Data.Common;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
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

    [Fact]
    public async Task GroupCommit_AFleetBootingAtOnce_RecordsEveryOnlineBootAndStatusWrite()
    {
        // A boot storm: every charger's online, boot (with its boot-log row) and status writes at once. On PostgreSQL they
        // leave their statements to the group commit's batch instead of a round trip each; each must still land.
        const int Count = 100;
        for (var c = 0; c < Count; c++)
        {
            await AcceptedChargerAsync($"BS-{c}");
        }

        await Task.WhenAll(Enumerable.Range(0, Count).SelectMany(c => new Task[]
        {
            Chargers.MarkOnlineAsync($"BS-{c}", "1.6", At(c), None),
            Chargers.BootAsync(new ChargerBoot($"BS-{c}", "ACME", $"W{c}") { Reason = "PowerUp" }, None),
            Statuses.ReportAsync(new StatusReport($"BS-{c}", 1, 1, ConnectorStatus.Available, At(c)), None),
        }));

        await RestartAsync();
        for (var c = 0; c < Count; c++)
        {
            var charger = await Chargers.FindAsync($"BS-{c}", None);
            Assert.NotNull(charger);
            Assert.True(charger.Online, charger.Id);
            Assert.Equal(("ACME", $"W{c}", "PowerUp"), (charger.Vendor, charger.Model, charger.LastBootReason));
            Assert.Equal(ConnectorStatus.Available, Assert.Single(await Statuses.GetAsync(charger.Id, None)).Status);
            Assert.Single(await Statuses.GetHistoryAsync(charger.Id, 1, 1, 10, None));
        }
    }

    [Fact]
    public async Task GroupCommit_OneFailingStatusWriteAmongOnlineWrites_FailsAloneAndTheOthersCommit()
    {
        // On PostgreSQL these writes share one batch per group commit: the failing statement fails the batch, and the
        // writer retries item by item, so only its own caller sees the error.
        const int Count = 40;
        for (var c = 0; c < Count; c++)
        {
            await AcceptedChargerAsync($"OW-{c}");
        }

        var online = Enumerable.Range(0, Count).Select(c => Chargers.MarkOnlineAsync($"OW-{c}", "1.6", At(c), None)).ToList();
        var bad = Host.Get<IConnectorStatusStore>().SaveAsync(
            new ConnectorState("NO-SUCH-CHARGER", 1, 1, ConnectorStatus.Available, At(0), At(0)), null, None);
        online.AddRange(Enumerable.Range(0, Count).Select(c => Chargers.HeartbeatAsync($"OW-{c}", None)));

        await Assert.ThrowsAnyAsync<DbException>(() => bad);
        await Task.WhenAll(online);
        var chargers = (await Chargers.ListAsync(null, None)).Where(c => c.Id.StartsWith("OW-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Count, chargers.Count);
        Assert.All(chargers, c => Assert.True(c.Online && c.LastHeartbeatAt is not null, c.Id));
    }
}
