using Microsoft.AspNetCore.Mvc;

namespace SharpCharge.Csms.Api.Transactions;

/// <summary>
/// The filters of <c>GET /api/transactions</c>: <c>charger</c>, <c>station</c> (the charger's station now),
/// <c>id_token</c>, <c>from</c> and <c>to</c> (start time, ISO 8601, [from, to)), <c>active</c> (true: running only).
/// </summary>
internal sealed record TransactionFilter(
    [FromQuery(Name = "charger")] string? Charger,
    [FromQuery(Name = "station")] string? Station,
    [FromQuery(Name = "id_token")] string? IdToken,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "active")] bool? Active,
    [FromQuery(Name = "format")] string? Format);
