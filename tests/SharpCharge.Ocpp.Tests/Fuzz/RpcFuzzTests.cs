using System.Diagnostics;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using Xunit.Abstractions;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// Issue #10 item 2: a million mutated frames of every action and version through the RPC layer (in memory): no
/// crash, no error logged, the heap flat, the specification's CALLERROR for every frame with an oracle, and the
/// connection answering a Heartbeat after every batch. Coverage-guided fuzzing (SharpFuzz/libFuzzer) is not
/// available in this build environment; this is a structured mutation fuzzer (<see cref="FuzzCorpus"/>).
/// </summary>
public sealed class RpcFuzzTests(ITestOutputHelper output)
{
    /// <summary>How much the managed heap may grow over the run: a leak of even 20 bytes a frame would pass it.</summary>
    private const long HeapGrowthBound = 16 * 1024 * 1024;

    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §4.2.3; OCPP 2.0.1 Part 4 §4.3, §4.4; OCPP 2.1 Part 4 §4.3; OCPP-NOTES §1.4")]
    public async Task MutatedFrames_AMillionOfEveryActionAndVersion_GetTheSpecsAnswersWithoutCrashOrGrowth()
    {
        var settings = FuzzSettings.FromEnvironment(defaultFrames: 1_000_000);
        output.WriteLine($"Seed {settings.Seed} ({FuzzSettings.SeedVariable} replays it), {settings.Frames:N0} frames.");
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        long frames = 0, answers = 0;
        var versions = Enum.GetValues<OcppVersion>();
        foreach (var version in versions)
        {
            var perVersion = (settings.Frames + versions.Length - 1) / versions.Length;
            var made = Stopwatch.StartNew();
            var corpus = FuzzCorpus.Create(version, settings.Seed + (int)version, Math.Min(perVersion, FuzzSettings.DistinctPerVersion));
            output.WriteLine($"{version}: {corpus.Count:N0} distinct mutants made in {made.Elapsed.TotalSeconds:F1} s.");
            var logger = new ErrorCountingLogger();
            // Room for the largest mutant (a string at its maxLength); the size limit itself has its own tests.
            var (local, remote) = InMemoryOcppTransport.CreatePair(maxMessageSize: 1024 * 1024);
            await using var connection = new OcppConnection(local, AnswerEveryActionRouter.Create(version), new OcppConnectionOptions { Name = "fuzz" }, logger);
            var run = connection.RunAsync();
            var checker = new FuzzChecker(version);
            var driver = new InMemoryFuzzDriver(remote);

            // One pass first, so that pools, caches and the JIT have settled before the heap is measured.
            var warmUp = Math.Min(corpus.Count, perVersion);
            await driver.SendAsync(corpus, warmUp, checker);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            await driver.SendAsync(corpus, perVersion - warmUp, checker);
            var growth = GC.GetTotalMemory(forceFullCollection: true) - before;

            foreach (var failure in checker.Failures.Take(10))
            {
                output.WriteLine(failure);
            }

            output.WriteLine($"{version}: {checker.Frames:N0} frames ({corpus.Count:N0} distinct), {checker.Answers:N0} answers, heap {growth / 1024:N0} KiB, {checker.FailureCount} wrong answers, {logger.Count} errors logged.");
            Assert.False(run.IsCompleted, $"{version}: the connection stopped: {(run.IsCompleted ? await run : null)}");
            Assert.True(growth < HeapGrowthBound, $"{version}: the heap grew by {growth:N0} bytes over {checker.Frames:N0} frames.");
            Assert.True(logger.Count == 0, $"{version}: {logger.Count} errors logged: {string.Join(Environment.NewLine, logger.First)}");
            failures.AddRange(checker.Failures);
            frames += checker.Frames;
            answers += checker.Answers;
        }

        output.WriteLine($"{frames:N0} frames, {answers:N0} answers in {clock.Elapsed.TotalSeconds:F1} s ({frames / clock.Elapsed.TotalSeconds:N0} frames/s).");
        Assert.True(failures.Count == 0, $"Seed {settings.Seed}:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.True(frames >= settings.Frames, $"only {frames} frames were sent");
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public void Corpus_HasEveryKindOfMutantForEveryAction(OcppVersion version)
    {
        var corpus = FuzzCorpus.Create(version, seed: 7, count: 20_000);

        var kinds = corpus.Select(f => f.Mutation.Split(" (")[0]).Where(k => !k.StartsWith("truncated", StringComparison.Ordinal) && !k.StartsWith("message type", StringComparison.Ordinal)).ToHashSet();
        // 1.6 schemas give no number a range.
        if (version != OcppVersion.V16)
        {
            Assert.Contains("number out of range", kinds);
        }

        foreach (var kind in new[] { "drop required field", "unknown field", "wrong JSON type", "string past maxLength", "unknown enum value", "bad date-time", "huge number", "unicode text", "duplicated field", "deep nesting", "invalid UTF-8", "unknown action", "element missing", "element too many", "payload not an object", "random bytes" })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.Contains(corpus, f => f.Mutation.StartsWith("truncated", StringComparison.Ordinal));
        Assert.Contains(corpus, f => f.Mutation.StartsWith("message type", StringComparison.Ordinal));
        var actions = Messages.TestSchemas.Catalogue(version).Actions.Where(a => !a.IsSendOnly).Select(a => a.Name);
        var text = string.Join("\n", corpus.Where(f => !f.IsChaos).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)));
        Assert.All(actions, a => Assert.Contains($"\"{a}\"", text, StringComparison.Ordinal));
    }
}
