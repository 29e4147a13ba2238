namespace SharpCharge.Csms.Domain.Reporting;

/// <summary>
/// A transaction search. Null filters match everything. <see cref="From"/> and <see cref="To"/> bound the start time,
/// [From, To). <see cref="StationId"/> matches the station the charger belongs to now. Newest first.
/// </summary>
internal sealed record TransactionQuery(int Limit, int Offset)
{
    public string? ChargerId { get; init; }

    public string? StationId { get; init; }

    /// <summary>Matches the token that started the session, ignoring case.</summary>
    public string? IdToken { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>True: running sessions only; false: ended ones only.</summary>
    public bool? Active { get; init; }
}
