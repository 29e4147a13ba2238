using SharpCharge.Station;

namespace SharpCharge.Simulator.Ev;

/// <summary>
/// The vehicle of one session, as the station's load (<see cref="IEvseLoad"/>). Each call covers the interval
/// that just ended: the vehicle draws the least of what the EVSE offers, its own maximum and what its charging
/// curve allows at the state of charge the interval started with, and stops drawing at its target.
/// </summary>
/// <remarks>
/// Charging losses: <see cref="Efficiency"/> of the energy taken from the grid (what the meter counts) ends up
/// in the battery, so the state of charge rises by <c>energy × efficiency / capacity</c>. An interval that would
/// overshoot the target is cut short: the power reported is its average over the interval, so energy stays the
/// integral of power. Not thread-safe: one station's meter loop calls it, under the station's lock.
/// </remarks>
internal sealed class EvModel : IEvseLoad
{
    /// <summary>Battery energy per metered energy: 92 %, a typical on-board charger plus battery figure.</summary>
    public const decimal Efficiency = 0.92m;

    public EvModel(EvProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.CapacityKWh <= 0 || profile.MaxPowerW <= 0 || profile.StartSocPercent < 0
            || profile.TargetSocPercent > 100 || profile.StartSocPercent > profile.TargetSocPercent)
        {
            throw new ArgumentOutOfRangeException(nameof(profile), "Capacity and power must be positive and 0 <= start SoC <= target SoC <= 100.");
        }

        Profile = profile;
        SocPercent = profile.StartSocPercent;
    }

    public EvProfile Profile { get; }

    public decimal SocPercent { get; private set; }

    /// <summary>Energy taken from the EVSE so far, in Wh.</summary>
    public decimal EnergyWh { get; private set; }

    /// <summary>The power drawn over the last interval, in W.</summary>
    public decimal PowerW { get; private set; }

    /// <summary>Charging time so far (intervals reported through <see cref="Demand"/>).</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>When the target was reached, in charging time; null before.</summary>
    public TimeSpan? FullAt { get; private set; }

    public bool ReachedTarget => SocPercent >= Profile.TargetSocPercent;

    public EvseDemand Demand(int evseId, string transactionId, TimeSpan elapsed, decimal offeredW)
    {
        if (elapsed <= TimeSpan.Zero)
        {
            return new EvseDemand(PowerW, SocPercent);
        }

        Elapsed += elapsed;
        var hours = (decimal)elapsed.TotalHours;
        var power = ReachedTarget ? 0m : Math.Max(0m, Math.Min(Math.Min(offeredW, Profile.MaxPowerW), Profile.MaxPowerW * ChargingCurve.Fraction(SocPercent)));
        var energy = power * hours;
        var room = (Profile.TargetSocPercent - SocPercent) / 100m * Profile.CapacityKWh * 1000m / Efficiency;
        if (energy >= room)
        {
            // The target is reached inside this interval: only what fits is drawn, and the power is its average.
            energy = Math.Max(0m, room);
            power = energy / hours;
            SocPercent = Profile.TargetSocPercent;
            FullAt ??= Elapsed;
        }
        else
        {
            SocPercent = Math.Min(Profile.TargetSocPercent, SocPercent + (energy * Efficiency / (Profile.CapacityKWh * 1000m) * 100m));
        }

        EnergyWh += energy;
        PowerW = power;
        return new EvseDemand(power, decimal.Round(SocPercent, 1));
    }
}
