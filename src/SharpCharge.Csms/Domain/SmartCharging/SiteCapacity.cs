using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Domain.SmartCharging;

/// <summary>What a site may draw at an instant: its capacity, lowered by its time-of-day limit while that applies.</summary>
internal static class SiteCapacity
{
    /// <summary>The limit in W at <paramref name="at"/>; null when the station has no capacity (it is not balanced).</summary>
    public static decimal? LimitW(Station station, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(station);
        if (station.CapacityKw is not { } capacity)
        {
            return null;
        }

        var kw = (decimal)capacity;
        if (station.PeakLimit is { } peak && peak.AppliesAt(at))
        {
            kw = Math.Min(kw, peak.LimitKw);
        }

        return kw * 1000m;
    }
}
