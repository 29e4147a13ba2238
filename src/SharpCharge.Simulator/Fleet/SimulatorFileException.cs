namespace SharpCharge.Simulator.Fleet;

/// <summary>A fleet or scenario file that cannot be used; the message names the file, the line and the field.</summary>
internal sealed class SimulatorFileException(string file, long line, string problem)
    : Exception(line > 0 ? $"{file} line {line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string Problem { get; } = problem;
}
