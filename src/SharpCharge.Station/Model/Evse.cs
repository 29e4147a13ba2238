namespace SharpCharge.Station.Model;

/// <summary>One EVSE: its connectors, its energy meter and the session running on it. Guarded by the station's lock.</summary>
internal sealed class Evse
{
    public Evse(int id, int connectorCount, decimal maxPowerW)
    {
        Id = id;
        MaxPowerW = maxPowerW;
        Connectors = [.. Enumerable.Range(1, connectorCount).Select(c => new Connector(id, c))];
    }

    public int Id { get; }

    /// <summary>The EVSE's rating in W: it never offers more.</summary>
    public decimal MaxPowerW { get; }

    public IReadOnlyList<Connector> Connectors { get; }

    /// <summary>The import energy register in Wh: it only ever grows.</summary>
    public decimal EnergyWh { get; private set; }

    /// <summary>The power drawn over the last metered interval, in W.</summary>
    public decimal PowerW { get; set; }

    /// <summary>The power offered over the last metered interval, in W.</summary>
    public decimal OfferedW { get; set; }

    /// <summary>The vehicle's state of charge when its load reports one.</summary>
    public decimal? StateOfChargePercent { get; set; }

    public Session? Session { get; set; }

    /// <summary>The reservation holding the EVSE for one token, if any.</summary>
    public Reservation? Reservation { get; set; }

    /// <summary>Adds the energy delivered at <paramref name="powerW"/> over <paramref name="elapsed"/>.</summary>
    public void Deliver(decimal powerW, TimeSpan elapsed)
    {
        if (elapsed > TimeSpan.Zero)
        {
            EnergyWh += decimal.Round(powerW * (decimal)elapsed.TotalHours, 3);
        }
    }
}
