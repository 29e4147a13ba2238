namespace SharpCharge.Simulator.Conformance;

/// <summary>
/// The id tokens the cases present. With the SharpCharge API the runner registers them with the right status;
/// against another central system the operator configures them (or passes <c>--valid-token</c>), and
/// <see cref="Unknown"/> must simply be unknown to it.
/// </summary>
/// <param name="Valid">Accepted, with <see cref="Group"/> as its group.</param>
/// <param name="Unknown">Never registered: Authorize answers Invalid (or Unknown).</param>
/// <param name="Blocked">Registered as Blocked.</param>
/// <param name="Expired">Registered with an expiry in the past.</param>
/// <param name="GroupMember">Accepted, in the same group as <see cref="Valid"/>.</param>
/// <param name="Group">The group id token of <see cref="Valid"/> and <see cref="GroupMember"/>.</param>
internal sealed record ConformanceTokens(string Valid, string Unknown, string Blocked, string Expired, string GroupMember, string Group)
{
    /// <summary>Tokens of at most 20 characters (the 1.6 idTag limit), so both versions can use them.</summary>
    public static ConformanceTokens Default(string? valid) => new(
        valid ?? "SCCT-VALID",
        "SCCT-UNKNOWN-0000",
        "SCCT-BLOCKED",
        "SCCT-EXPIRED",
        "SCCT-MEMBER",
        "SCCT-GROUP");
}
