namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/diagnostics</c>: upload a log to <c>location</c>. 1.6 without <c>log_type</c> gets
/// GetDiagnostics; with DiagnosticsLog or SecurityLog, and on 2.x, GetLog.
/// </summary>
internal sealed record DiagnosticsBody
{
    public string? Location { get; init; }

    public string? LogType { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int? Retries { get; init; }

    public int? RetryInterval { get; init; }
}
