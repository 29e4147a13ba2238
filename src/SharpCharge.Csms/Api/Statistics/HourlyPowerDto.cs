namespace SharpCharge.Csms.Api.Statistics;

/// <summary>One hour: its start, the energy delivered in it, and that energy as average power (kWh per hour = kW).</summary>
internal sealed record HourlyPowerDto(DateTimeOffset Hour, decimal EnergyKwh, decimal AveragePowerKw);
