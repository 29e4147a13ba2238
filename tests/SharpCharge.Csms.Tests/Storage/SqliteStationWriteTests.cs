using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>
/// A station's capacity change must reach the store while chargers keep the group-commit writer busy: on SQLite a write
/// on a connection of its own waits for the writer's lock in SQLite's busy handler, where it lost for seconds (the site
/// balancer went on dividing the old capacity meanwhile). Station writes queue in the writer instead.
/// </summary>
public sealed class SqliteStationWriteTests : IAsyncLifetime
{
    private readonly SqliteBackend _storage = new();
    private CsmsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        // A busy timeout far shorter than the writer's batch below: a write that competes for the lock fails with "locked".
        _host = await CsmsTestHost.StartAsync(
            _storage,
            new TestClock(),
            new CapturedLogs(),
            new Dictionary<string, string?> { ["Storage:SqliteBusyTimeoutMilliseconds"] = "50" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    [Trait("Spec", "Issue 7: PATCH /api/stations/{id}/capacity takes effect at once, however busy the chargers keep the database")]
    public async Task CapacityChange_WhileTheWriterHoldsTheDatabase_IsSavedRightAfterItsBatch()
    {
        var stations = _host.Get<IStationService>();
        await stations.SaveAsync(new Station("S1", "Depot") { CapacityKw = 2_900 }, CancellationToken.None);
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batch = _host.Get<GroupCommitWriter>().EnqueueAsync(
            async (_, _, ct) =>
            {
                writing.SetResult();
                await release.Task.WaitAsync(ct);
                return 0;
            },
            CancellationToken.None);
        await writing.Task.WaitAsync(TimeSpan.FromSeconds(20));

        Task save;
        try
        {
            save = stations.SaveAsync(new Station("S1", "Depot") { CapacityKw = 1_450 }, CancellationToken.None);
            await Task.WhenAny(save, Task.Delay(300));
            Assert.False(save.IsCompleted, $"the save finished while the writer held the database: {save.Exception?.GetBaseException().Message}");
        }
        finally
        {
            // The writer's batch must end either way, or stopping the host would wait for it.
            release.TrySetResult();
        }

        await batch.WaitAsync(TimeSpan.FromSeconds(20));
        await save.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1_450, (await stations.GetAsync("S1", CancellationToken.None))?.CapacityKw);
    }
}
