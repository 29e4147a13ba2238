namespace SharpCharge.Csms.Api.SmartCharging;

/// <summary>
/// PATCH /api/stations/{id}/capacity: the site's capacity in kW, and optionally a lower <c>peak_limit_kw</c> from
/// <c>peak_from</c> to <c>peak_to</c> (UTC, "HH:mm"; a window ending before it starts runs over midnight).
/// <c>remove_peak_limit: true</c> drops the time-of-day limit.
/// </summary>
internal sealed record SiteCapacityBody(double? CapacityKw, decimal? PeakLimitKw, string? PeakFrom, string? PeakTo, bool? RemovePeakLimit);
