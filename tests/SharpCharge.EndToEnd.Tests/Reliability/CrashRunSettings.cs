using System.Globalization;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// How long the crash test runs. CI runs the bounded form (20 kills); the long form is the same test with more
/// kills, e.g. <c>SHARPCHARGE_CRASH_KILLS=500 dotnet test tests/SharpCharge.EndToEnd.Tests --filter CrashConsistency</c>.
/// <c>SHARPCHARGE_CRASH_SEED</c> replays the kill schedule of an earlier run (the seed is printed by every run).
/// </summary>
internal sealed record CrashRunSettings(int Kills, int Seed, int StationsPerVersion)
{
    public const string KillsVariable = "SHARPCHARGE_CRASH_KILLS";
    public const string SeedVariable = "SHARPCHARGE_CRASH_SEED";
    public const string StationsVariable = "SHARPCHARGE_CRASH_STATIONS_PER_VERSION";

    /// <summary>Least time the central system runs between a restart and the next kill.</summary>
    public static TimeSpan MinUptime { get; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Most time the central system runs between a restart and the next kill.</summary>
    public static TimeSpan MaxUptime { get; } = TimeSpan.FromMilliseconds(1800);

    public static CrashRunSettings FromEnvironment() => new(
        Read(KillsVariable) ?? 20,
        Read(SeedVariable) ?? Random.Shared.Next(),
        Read(StationsVariable) ?? 3);

    private static int? Read(string name)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
