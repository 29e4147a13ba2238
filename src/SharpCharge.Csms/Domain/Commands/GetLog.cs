namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Upload a log to <see cref="Location"/>. A 1.6 charger without <see cref="LogType"/> gets GetDiagnostics; with
/// one (DiagnosticsLog or SecurityLog) the security extension's GetLog; 2.x always GetLog (DiagnosticsLog by default).
/// </summary>
internal sealed record GetLog(string Location) : ChargerCommand
{
    public override string Name => "GetLog";

    public string? LogType { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int? Retries { get; init; }

    public int? RetryIntervalSeconds { get; init; }

    public int RequestId { get; init; }

    public override int? FollowUpId => RequestId;
}
