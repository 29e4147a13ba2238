namespace SharpCharge.Csms.Domain.Stations;

/// <summary>
/// A lower site limit for part of every day (a peak tariff window, a grid operator's evening cap), from
/// <see cref="From"/> to <see cref="To"/> in UTC; a window that ends before it starts runs over midnight.
/// </summary>
internal sealed record TimeOfDayLimit(decimal LimitKw, TimeOnly From, TimeOnly To)
{
    public bool AppliesAt(DateTimeOffset at)
    {
        var time = TimeOnly.FromTimeSpan(at.UtcDateTime.TimeOfDay);
        return From <= To ? time >= From && time < To : time >= From || time < To;
    }
}
