using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// What came of sending a profile to a charger: refused before sending (<see cref="Field"/> and <see cref="Problem"/>
/// name what is wrong), or sent, with the command's result and the assignment recorded.
/// </summary>
internal sealed record AssignmentResult
{
    public string? Field { get; init; }

    public string? Problem { get; init; }

    public CommandResult? Command { get; init; }

    public ProfileAssignment? Assignment { get; init; }

    public static AssignmentResult Invalid(string field, string problem) => new() { Field = field, Problem = problem };
}
