using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>
/// On SQLite the group-commit writer keeps one connection with its hot statements prepared once
/// (<see cref="WriterConnection"/>, <see cref="PreparedStatementCache"/>): the statements must be re-bound correctly
/// from one group commit to the next, survive a rolled-back batch, go with a connection that may be broken, and the
/// connection must neither outlive the writer nor keep the WAL from being checkpointed.
/// </summary>
public sealed class SqliteWriterConnectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly SqliteBackend _storage = new();
    private CsmsTestHost _host = null!;

    private ITransactionService Transactions => _host.Get<ITransactionService>();

    private GroupCommitWriter Writer => _host.Get<GroupCommitWriter>();

    public async Task InitializeAsync()
    {
        _host = await CsmsTestHost.StartAsync(_storage, new TestClock(Start), new CapturedLogs());
        await _host.Get<IChargerService>().RegisterAsync("CP-1", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await _host.Get<IChargerService>().RegisterAsync("CP-2", ChargerRegistrationStatus.Accepted, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task GroupCommits_RunOnOneConnection_AndRebindTheKeptStatementsWithEachCallsValues()
    {
        var first = await StartedAsync("CP-1", "TAG-1");
        var second = await StartedAsync("CP-2", "TAG-2");
        var (connection, update) = await KeptAsync();

        // Every optional field set, then a sample that has none: a value left over from the previous binding would show.
        var full = new MeterSample(At(1), 1500m)
        {
            Measurand = "Energy.Active.Import.Register", Phase = "L1", Unit = "Wh", Multiplier = 1, Format = "SignedData",
            SignedData = "abc", SigningMethod = "ECDSA", EncodingMethod = "OCMF", PublicKey = "pk",
        };
        await RecordAsync("CP-1", first, 1, full, new MeterSample(At(2), 1600m));
        await RecordAsync("CP-2", second, 2, new MeterSample(At(3), 2500m));
        await RecordAsync("CP-1", first, 1, new MeterSample(At(4), 1700m));

        var (connectionAfter, updateAfter) = await KeptAsync();
        Assert.Same(connection, connectionAfter);
        Assert.Same(update, updateAfter);

        var firstRows = await Transactions.GetMeterValuesAsync(first, CancellationToken.None);
        Assert.Equal([1500m, 1600m, 1700m], firstRows.Select(r => r.Sample.Value).ToArray());
        Assert.All(firstRows, r => Assert.Equal(("CP-1", (int?)1, (long?)first), (r.ChargerId, r.EvseId, r.TransactionId)));
        var stored = firstRows[0].Sample;
        Assert.Equal(("L1", "Wh", 1, "abc", "pk"), (stored.Phase, stored.Unit, stored.Multiplier, stored.SignedData, stored.PublicKey));
        var bare = firstRows[2].Sample;
        // Wh is the default unit of an energy register, not the previous call's value.
        Assert.Equal(((string?)null, "Wh", 0, (string?)null, (string?)null), (bare.Phase, bare.Unit, bare.Multiplier, bare.SignedData, bare.PublicKey));

        var secondRow = Assert.Single(await Transactions.GetMeterValuesAsync(second, CancellationToken.None));
        Assert.Equal(("CP-2", (int?)2, (long?)second, (decimal?)2500m), (secondRow.ChargerId, secondRow.EvseId, secondRow.TransactionId, secondRow.Sample.Value));

        // The readings UPDATE, re-bound per call, moved each transaction by its own samples only.
        Assert.Equal((1700m, At(4)), ReadingOf(await Transactions.GetAsync(first, CancellationToken.None)));
        Assert.Equal((2500m, At(3)), ReadingOf(await Transactions.GetAsync(second, CancellationToken.None)));
    }

    [Fact]
    public async Task RolledBackBatch_LeavesTheConnectionAndItsStatementsUsable()
    {
        var id = await StartedAsync("CP-1", "TAG-1");
        await RecordAsync("CP-1", id, 1, new MeterSample(At(1), 1100m));
        var (connection, update) = await KeptAsync();

        // Sent together, so they share group commits: the bad one (a transaction that does not exist breaks the
        // foreign key inside the kept INSERT) rolls its batch back, and the writer retries each write on its own.
        var good = Enumerable.Range(2, 20).Select(m => RecordAsync("CP-1", id, 1, new MeterSample(At(m), 1000m + (100 * m)))).ToList();
        var bad = _host.Get<ITransactionStore>().ExecuteAsync(
            (session, ct) => session.AddMeterValuesAsync("CP-1", 999_999, 1, 1, [new MeterSample(At(30), 1m)], At(30), ct),
            CancellationToken.None);
        good.AddRange(Enumerable.Range(22, 5).Select(m => RecordAsync("CP-1", id, 1, new MeterSample(At(m), 1000m + (100 * m)))));

        var failure = await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, failure.SqliteErrorCode & 0xFF);
        await Task.WhenAll(good);

        var (connectionAfter, updateAfter) = await KeptAsync();
        Assert.Same(connection, connectionAfter);
        Assert.Same(update, updateAfter);
        Assert.Equal(26, (await Transactions.GetMeterValuesAsync(id, CancellationToken.None)).Count);
        Assert.Equal((3600m, At(26)), ReadingOf(await Transactions.GetAsync(id, CancellationToken.None)));
    }

    [Fact]
    public async Task ConnectionClosedUnderAGroupCommit_IsReplacedByTheNextOne()
    {
        var id = await StartedAsync("CP-1", "TAG-1");
        var (connection, _) = await KeptAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Writer.EnqueueAsync<int>(
            (context, _) =>
            {
                context.Connection.Close();
                throw new InvalidOperationException("the connection went away");
            },
            CancellationToken.None));

        await RecordAsync("CP-1", id, 1, new MeterSample(At(1), 1100m));
        var (replacement, _) = await KeptAsync();
        Assert.NotSame(connection, replacement);
        Assert.Equal(ConnectionState.Open, replacement.State);
        Assert.Single(await Transactions.GetMeterValuesAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task FailureThatMayHaveBrokenTheConnection_ClosesItAndTheNextGroupCommitOpensAnother()
    {
        var id = await StartedAsync("CP-1", "TAG-1");
        var (connection, _) = await KeptAsync();

        // An I/O error (SQLITE_IOERR) is not a failure of the write alone: the connection is not trusted again.
        await Assert.ThrowsAsync<SqliteException>(() => Writer.EnqueueAsync<int>(
            (_, _) => throw new SqliteException("disk I/O error", SQLitePCL.raw.SQLITE_IOERR),
            CancellationToken.None));

        Assert.Equal(ConnectionState.Closed, connection.State);
        await RecordAsync("CP-1", id, 1, new MeterSample(At(1), 1100m));
        var (replacement, _) = await KeptAsync();
        Assert.NotSame(connection, replacement);
        Assert.Single(await Transactions.GetMeterValuesAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task StoppingTheWriter_ClosesItsConnection()
    {
        var (connection, _) = await KeptAsync();

        await Writer.StopAsync(CancellationToken.None);

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task ManyGroupCommits_OnTheKeptConnection_KeepTheWalFileBounded()
    {
        // SQLite checkpoints after a commit once the WAL holds 1,000 pages (4 MB here) and starts the log over at the
        // next write, unless a connection still reads an older snapshot: a kept statement left in progress would pin
        // it, and the file would grow with every commit. Each of these 600 commits writes at least four pages (a leaf
        // of the table, of each of its two indexes, and the transaction's row): over 9 MB if the log never started over.
        var id = await StartedAsync("CP-1", "TAG-1");
        var wal = _storage.FilePath + "-wal";
        long largest = 0;
        for (var call = 0; call < 600; call++)
        {
            var samples = Enumerable.Range(0, 10)
                .Select(i => new MeterSample(Start.AddSeconds((call * 10) + i), call) { Measurand = "Power.Active.Import", Unit = "W" })
                .ToArray();
            await RecordAsync("CP-1", id, 1, samples);
            largest = Math.Max(largest, new FileInfo(wal).Length);
        }

        Assert.Equal(6_000, (await Transactions.GetMeterValuesAsync(id, CancellationToken.None)).Count);
        Assert.True(largest > 1024 * 1024, $"the WAL file never passed 1 MB ({largest} bytes): the writes did not go through it");
        Assert.True(largest < 6 * 1024 * 1024, $"the WAL file grew to {largest} bytes");
    }

    private static (decimal? Wh, DateTimeOffset? At) ReadingOf(TransactionRecord? record)
    {
        Assert.NotNull(record);
        return (record.LastMeterWh, record.LastMeterAt);
    }

    private static DateTimeOffset At(int minutes) => Start.AddMinutes(minutes);

    private async Task<long> StartedAsync(string chargerId, string tag)
    {
        await _host.Get<IIdTokenService>().SaveAsync(new IdTokenRecord(tag, IdTokenTypes.Iso14443, IdTokenStatus.Accepted), CancellationToken.None);
        return (await Transactions.StartAsync(new TransactionStart(chargerId, 1, 1, new IdToken(tag), At(0), 1000m), CancellationToken.None))
            .TransactionId;
    }

    private Task<int> RecordAsync(string chargerId, long transactionId, int evseId, params MeterSample[] samples) =>
        Transactions.RecordMeterValuesAsync(new MeterValuesReport(chargerId, evseId, samples) { TransactionId = transactionId }, CancellationToken.None);

    /// <summary>The writer's connection and its kept readings UPDATE, as a group commit sees them.</summary>
    private Task<(DbConnection Connection, DbCommand Update)> KeptAsync() =>
        Writer.EnqueueAsync<(DbConnection, DbCommand)>(
            (context, _) =>
            {
                var statements = context.Statements ?? throw new InvalidOperationException("The SQLite writer keeps no statements.");
                var update = statements.Get(MeterReadingsUpdate.Sql, context.Transaction);
                return Task.FromResult((context.Connection, update));
            },
            CancellationToken.None);
}
