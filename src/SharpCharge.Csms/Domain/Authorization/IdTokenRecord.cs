namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>An id token the operator manages.</summary>
/// <param name="Status">Accepted, Blocked, Expired or Invalid.</param>
internal sealed record IdTokenRecord(string Value, string Type, IdTokenStatus Status)
{
    /// <summary>After this instant the token answers Expired. Null: no end date.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The group (1.6 parentIdTag, 2.x groupIdToken): any member may stop a session another member started.</summary>
    public string? GroupId { get; init; }

    /// <summary>Whether the token may be in several running transactions at once. Default false.</summary>
    public bool AllowConcurrentTransactions { get; init; }

    public override string ToString() =>
        $"IdTokenRecord {{ Value = {IdTokenRedaction.Redact(Value)}, Type = {Type}, Status = {Status} }}";
}
