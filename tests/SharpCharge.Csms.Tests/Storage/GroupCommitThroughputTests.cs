using System.Diagnostics;
using System.Globalization;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>
/// Measures (never asserts) how many transaction writes per second the group commit sustains, against one commit per
/// write (the same writer with a batch size of 1), with many concurrent callers as many chargers would be. The figures
/// go to the test output; the last measured ones are recorded in GroupCommitWriter's documentation.
/// </summary>
public abstract class GroupCommitThroughputTests(ITestOutputHelper output)
{
    private const int Writers = 64;

    [Fact]
    public async Task GroupCommit_Throughput_IsReportedAgainstOneCommitPerWrite()
    {
        var perCommit = await MeasureAsync(maxBatchSize: 1, writes: 600);
        var grouped = await MeasureAsync(maxBatchSize: 256, writes: 6000);

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Name}, {Writers} concurrent writers, StartTransaction writes: one commit per write {perCommit:F0}/s, group commit {grouped:F0}/s ({grouped / perCommit:F1}x)"));
        Assert.True(perCommit > 0 && grouped > 0);
    }

    private protected abstract string Name { get; }

    private protected abstract Task<StorageBackend> CreateBackendAsync();

    private async Task<double> MeasureAsync(int maxBatchSize, int writes)
    {
        await using var backend = await CreateBackendAsync();
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:GroupCommitMaxBatchSize"] = maxBatchSize.ToString(CultureInfo.InvariantCulture),
        };
        await using var host = await CsmsTestHost.StartAsync(backend, new TestClock(), logs, settings);
        var chargers = host.Get<IChargerService>();
        var transactions = host.Get<ITransactionService>();
        for (var c = 0; c < Writers; c++)
        {
            await chargers.RegisterAsync($"BENCH-{c}", ChargerRegistrationStatus.Accepted, CancellationToken.None);
        }

        var start = new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async writer =>
        {
            for (var i = writer; i < writes; i += Writers)
            {
                await transactions.StartAsync(
                    new TransactionStart($"BENCH-{writer}", i + 1, 1, new IdToken($"T{i}"), start.AddSeconds(i), i),
                    CancellationToken.None);
            }
        }));
        stopwatch.Stop();
        return writes / stopwatch.Elapsed.TotalSeconds;
    }
}
