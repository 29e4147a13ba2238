namespace SharpCharge.Station;

/// <summary>What an <see cref="IEvseLoad"/> answers: the power drawn in W and, when the vehicle reports it, its state of charge in percent.</summary>
public readonly record struct EvseDemand(decimal PowerW, decimal? StateOfChargePercent = null);
