namespace SharpCharge.Csms.Import;

/// <summary>A fleet file that cannot be imported: every problem found, each naming the file, the line and the field.</summary>
internal sealed class FleetFileException : Exception
{
    public FleetFileException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public FleetFileException(string problem)
        : this([problem])
    {
    }

    public FleetFileException()
        : this("The fleet file cannot be imported.")
    {
    }

    public FleetFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
