using System.Globalization;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// How much the fuzz tests send. CI runs the bounded form (a million frames in memory); the long form is the same
/// test with more, e.g. <c>SHARPCHARGE_FUZZ_FRAMES=20000000 dotnet test tests/SharpCharge.Ocpp.Tests --filter Fuzz</c>.
/// <c>SHARPCHARGE_FUZZ_SEED</c> replays an earlier run's mutants (every run prints its seed).
/// </summary>
public sealed record FuzzSettings(int Frames, int Seed)
{
    public const string FramesVariable = "SHARPCHARGE_FUZZ_FRAMES";
    public const string SeedVariable = "SHARPCHARGE_FUZZ_SEED";

    /// <summary>How many distinct mutants are made per version; they are sent again and again up to the frame count.</summary>
    public const int DistinctPerVersion = 10_000;

    public static FuzzSettings FromEnvironment(int defaultFrames) => new(
        Read(FramesVariable) ?? defaultFrames,
        Read(SeedVariable) ?? Random.Shared.Next());

    private static int? Read(string name)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
