using System.Text;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// Judges the answers to one batch of fuzzed frames, received in order up to the batch's closing Heartbeat: frames
/// with an oracle must each get exactly the answer they name (or none), in order; chaos frames may get any
/// well-formed answer but never InternalError. Keeps counts and the first failures.
/// </summary>
public sealed class FuzzChecker(OcppVersion version)
{
    private readonly FuzzCodes _codes = new(version);
    private readonly List<string> _failures = [];

    public long Frames { get; private set; }

    public long Answers { get; private set; }

    public long FailureCount { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>A Heartbeat that closes a batch: every answer before its CALLRESULT belongs to the batch.</summary>
    public static byte[] Marker(long batch) => Encoding.UTF8.GetBytes($"[2,\"hb-{batch}\",\"Heartbeat\",{{}}]");

    /// <summary>The closing Heartbeat's answer (a CALLERROR too: a real server may have stopped accepting the charger).</summary>
    public static bool IsMarkerAnswer(FuzzAnswer answer, long batch) => answer.MessageType is 3 or 4 && answer.Id == $"hb-{batch}";

    public void Check(IReadOnlyList<FuzzFrame> batch, IReadOnlyList<FuzzAnswer> answers)
    {
        Frames += batch.Count;
        Answers += answers.Count;
        if (batch.Count > 0 && batch[0].IsChaos)
        {
            foreach (var answer in answers)
            {
                if (answer.MessageType is not (3 or 4) || (answer.MessageType == 4 && !_codes.AllButInternal.Contains(answer.Code)))
                {
                    Fail($"a random-bytes frame got {answer}");
                }
            }

            return;
        }

        var expected = batch.Where(f => f.ExpectsAnswer).ToList();
        if (expected.Count != answers.Count)
        {
            Fail($"{batch.Count} frames expected {expected.Count} answers, got {answers.Count}: first frames {string.Join(" | ", batch.Take(5).Select(Describe))}");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (frame, answer) = (expected[i], answers[i]);
            if (!frame.Ids!.Contains(answer.Id) || !frame.Codes.Contains(answer.Code))
            {
                Fail($"{Describe(frame)} expected {string.Join("/", frame.Codes)} with id {string.Join("/", frame.Ids!)}, got {answer}");
            }
        }
    }

    private void Fail(string message)
    {
        FailureCount++;
        if (_failures.Count < 30)
        {
            _failures.Add($"{version}: {message}");
        }
    }

    private static string Describe(FuzzFrame frame) => $"[{frame.Mutation}] {Shorten(Encoding.UTF8.GetString(frame.Bytes))}";

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
