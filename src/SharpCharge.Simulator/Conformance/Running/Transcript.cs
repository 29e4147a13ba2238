namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// The protocol transcript of one case: every frame both ways, the steps and the operator's requests, each with
/// the time since the case started. Written by the receive loop, the script and operator tasks at once.
/// </summary>
internal sealed class Transcript(TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();
    private readonly List<string> _lines = [];

    public void Sent(string frame) => Add("CS -> CSMS  " + frame);

    public void Received(string frame) => Add("CSMS -> CS  " + frame);

    public void Note(string text) => Add("--          " + text);

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    private void Add(string line)
    {
        var stamp = time.GetElapsedTime(_started).TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        lock (_lines)
        {
            _lines.Add($"{stamp,8}s  {line}");
        }
    }
}
