using SharpCharge.Csms.Domain.Reporting;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>The transactions page's filters (query string) as a <see cref="TransactionQuery"/>; blank filters match all.</summary>
internal static class TransactionFilters
{
    public static TransactionQuery Query(int limit, int offset, string? charger, string? station, string? token, bool? active) =>
        new(limit, offset)
        {
            ChargerId = Blank(charger),
            StationId = Blank(station),
            IdToken = Blank(token),
            Active = active,
        };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
