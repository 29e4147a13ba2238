using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Settings of remote commands, bound from the <c>Commands</c> section and validated at start. How long one
/// command waits for the charger's answer is <c>Ocpp:CallTimeout</c> (default 30 s).
/// </summary>
internal sealed class CommandOptions
{
    public const string SectionName = "Commands";

    /// <summary>
    /// After a charger accepted a start, how long to wait for the session it starts (1.6 StartTransaction, 2.x
    /// TransactionEvent with the remoteStartId), in seconds. Default 30.
    /// </summary>
    [Range(1, 3_600)]
    public int TransactionStartWaitSeconds { get; set; } = 30;

    /// <summary>After a charger accepted a stop, how long to wait for the session's end, in seconds. Default 30.</summary>
    [Range(1, 3_600)]
    public int TransactionStopWaitSeconds { get; set; } = 30;

    public TimeSpan TransactionStartWait => TimeSpan.FromSeconds(TransactionStartWaitSeconds);

    public TimeSpan TransactionStopWait => TimeSpan.FromSeconds(TransactionStopWaitSeconds);
}
