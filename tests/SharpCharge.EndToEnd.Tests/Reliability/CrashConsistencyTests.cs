using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Issue #10 item 1: the central system is killed with SIGKILL at random moments (20 times in the bounded form)
/// under a load of stations running transactions with meter values, and loses or duplicates nothing it acknowledged.
/// Long form: <c>SHARPCHARGE_CRASH_KILLS=200 dotnet test tests/SharpCharge.EndToEnd.Tests --filter CrashConsistency</c>.
/// </summary>
public abstract class CrashConsistencyTests(ITestOutputHelper output)
{
    private protected abstract Task<StorageBackend> CreateStorageAsync();

    [Fact]
    [Trait("Spec", "OCPP-NOTES §1.7 (transaction messages delivered once); OCPP 2.0.1 E04, E07.FR.12 (seqNo)")]
    public async Task CentralSystem_KilledRepeatedlyUnderLoad_KeepsEveryAcknowledgedMessageExactlyOnce()
    {
        var settings = CrashRunSettings.FromEnvironment();
        output.WriteLine($"Seed {settings.Seed} ({CrashRunSettings.SeedVariable} replays it), {settings.Kills} kills, {settings.StationsPerVersion * 3} stations.");
        await using var storage = await CreateStorageAsync();
        var queues = Directory.CreateTempSubdirectory("sharpcharge-crash-");
        try
        {
            var harness = new CrashHarness(storage, settings, output.WriteLine);
            await harness.RunAsync(queues.FullName);
            var problems = await CrashVerifier.CheckAsync(storage, harness.Stations);

            var sessions = harness.Stations.Sum(s => s.Sessions.Count);
            var samples = harness.Stations.Sum(s => s.Sessions.Sum(x => x.PeriodicSamples));
            var restarts = harness.Restarts.Order().ToList();
            output.WriteLine(
                $"{harness.Kills} kills survived in {harness.Elapsed.TotalSeconds:F0} s: {sessions} transactions and {samples} periodic samples " +
                $"({(2 * sessions) + samples} starts, stops and samples acknowledged), {problems.Count} problems; " +
                (restarts.Count == 0 ? "no restarts." : $"restart to ready: median {restarts[restarts.Count / 2].TotalSeconds:F1} s, longest {restarts[^1].TotalSeconds:F1} s."));
            Assert.True(problems.Count == 0, $"Seed {settings.Seed}: " + string.Join(Environment.NewLine, problems.Take(50)));
            Assert.Equal(settings.Kills, harness.Kills);
            // The load was real: sessions ran on every station, and samples were taken.
            Assert.All(harness.Stations, s => Assert.NotEmpty(s.Sessions));
            Assert.True(samples > sessions, $"{samples} samples for {sessions} sessions");
        }
        finally
        {
            queues.Delete(recursive: true);
        }
    }
}

public sealed class SqliteCrashConsistencyTests(ITestOutputHelper output) : CrashConsistencyTests(output)
{
    private protected override Task<StorageBackend> CreateStorageAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashConsistencyTests(PostgresServerFixture postgres, ITestOutputHelper output) : CrashConsistencyTests(output)
{
    private protected override async Task<StorageBackend> CreateStorageAsync() => await PostgresBackend.CreateAsync(postgres);
}
