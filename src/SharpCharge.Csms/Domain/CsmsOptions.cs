using System.ComponentModel.DataAnnotations;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Domain;

/// <summary>
/// Domain settings, bound from the <c>Csms</c> configuration section and validated at start.
/// </summary>
internal sealed class CsmsOptions
{
    public const string SectionName = "Csms";

    /// <summary>Heartbeat interval returned in an Accepted BootNotification answer, in seconds. Default 300.</summary>
    [Range(1, 86_400)]
    public int HeartbeatIntervalSeconds { get; set; } = 300;

    /// <summary>
    /// Interval returned with a Pending or Rejected BootNotification answer: how long the charger waits before it
    /// boots again, in seconds (0 lets the charger choose). Default 60.
    /// </summary>
    [Range(0, 86_400)]
    public int BootRetryIntervalSeconds { get; set; } = 60;

    /// <summary>What Authorize answers for an id token the store does not know. Default <see cref="UnknownIdTokenPolicy.Invalid"/>.</summary>
    public UnknownIdTokenPolicy UnknownIdTokens { get; set; } = UnknownIdTokenPolicy.Invalid;

    /// <summary>
    /// Which OCPP frames the protocol log table keeps: <see cref="ProtocolLogMode.Off"/>, <see cref="ProtocolLogMode.Errors"/>
    /// or <see cref="ProtocolLogMode.All"/>. Default Off.
    /// </summary>
    public ProtocolLogMode ProtocolLog { get; set; } = ProtocolLogMode.Off;

    /// <summary>The older switch: true keeps every frame, as <see cref="ProtocolLog"/> = All does. Default false.</summary>
    public bool ProtocolLogEnabled { get; set; }

    /// <summary>
    /// How many days protocol log rows are kept; a background job deletes older ones every hour. 0 keeps them
    /// forever. Default 7.
    /// </summary>
    [Range(0, 3_650)]
    public int ProtocolLogRetentionDays { get; set; } = 7;

    /// <summary>The protocol log mode in force: <see cref="ProtocolLog"/>, or All when only <see cref="ProtocolLogEnabled"/> is set.</summary>
    public ProtocolLogMode EffectiveProtocolLog => ProtocolLog == ProtocolLogMode.Off && ProtocolLogEnabled ? ProtocolLogMode.All : ProtocolLog;

    /// <summary>
    /// PBKDF2-SHA256 iterations for new charger password hashes. Default 100,000. The count is stored with each
    /// hash, so raising it affects only passwords set afterwards.
    /// </summary>
    [Range(10_000, 5_000_000)]
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>
    /// The shortest time between two "last seen" writes for one charger, in seconds; messages in between only
    /// update memory. Heartbeats are always written. Default 60 (0 writes on every message).
    /// </summary>
    [Range(0, 3_600)]
    public int LastSeenWriteIntervalSeconds { get; set; } = 60;

    public TimeSpan HeartbeatInterval => TimeSpan.FromSeconds(HeartbeatIntervalSeconds);

    public TimeSpan BootRetryInterval => TimeSpan.FromSeconds(BootRetryIntervalSeconds);

    public TimeSpan LastSeenWriteInterval => TimeSpan.FromSeconds(LastSeenWriteIntervalSeconds);
}
