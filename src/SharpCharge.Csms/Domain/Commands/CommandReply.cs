using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// What came of one command: the outcome, the charger's status word (e.g. "Accepted", "UnlockFailed") and reason, the
/// OCPP action and payloads exchanged, and the neutral <see cref="Data"/> a command returns (configuration keys,
/// variables, a schedule, ...).
/// </summary>
internal sealed record CommandReply(CommandOutcome Outcome)
{
    public string? Status { get; init; }

    /// <summary>Why: the charger's reasonCode/additionalInfo, the CALLERROR description, or what was wrong locally.</summary>
    public string? Detail { get; init; }

    /// <summary>The CALLERROR code exactly as the charger sent it.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>For <see cref="CommandOutcome.Invalid"/>: the field that could not be expressed.</summary>
    public string? Field { get; init; }

    public object? Data { get; init; }

    public OcppVersion? Version { get; init; }

    public string? OcppAction { get; init; }

    public string? RequestJson { get; init; }

    public string? ResponseJson { get; init; }

    public long DurationMs { get; init; }

    public static CommandReply Answered(bool accepted, string status, string? detail = null, object? data = null)
        => new(accepted ? CommandOutcome.Success : CommandOutcome.Rejected) { Status = status, Detail = detail, Data = data };

    public static CommandReply Unsupported(string detail) => new(CommandOutcome.NotSupported) { Detail = detail };

    public static CommandReply Offline(string detail) => new(CommandOutcome.Offline) { Detail = detail };

    public static CommandReply Invalid(string field, string detail) => new(CommandOutcome.Invalid) { Field = field, Detail = detail };
}
