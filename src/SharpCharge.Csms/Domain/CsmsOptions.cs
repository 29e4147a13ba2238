using System.ComponentModel.DataAnnotations;
using SharpCharge.Csms.Domain.Authorization;

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

    /// <summary>Whether every OCPP message is appended to the protocol log table. Default false.</summary>
    public bool ProtocolLogEnabled { get; set; }

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
