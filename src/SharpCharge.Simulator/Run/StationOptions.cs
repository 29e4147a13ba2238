using SharpCharge.Simulator.Fleet;
using SharpCharge.Station;

namespace SharpCharge.Simulator.Run;

/// <summary>The library options for one planned station.</summary>
internal static class StationOptions
{
    private static readonly TimeSpan RealCallTimeout = TimeSpan.FromSeconds(30);

    // OcppConnection refuses call timeouts beyond an hour.
    private static readonly TimeSpan MaxCallTimeout = TimeSpan.FromHours(1);

    public static ChargingStationOptions For(StationPlan plan, RunSettings settings, NetworkRelay? relay, double speed, int seed, IEvseLoad? load = null)
    {
        var csms = relay is null ? settings.Csms : new UriBuilder(settings.Csms) { Host = "127.0.0.1", Port = relay.Port }.Uri;

        // Timeouts are read on the simulated clock: scale them so a central system gets 30 real seconds whatever the speed.
        var timeout = TimeSpan.FromTicks(Math.Min(MaxCallTimeout.Ticks, (long)(RealCallTimeout.Ticks * speed)));
        return new ChargingStationOptions
        {
            Id = plan.Id,
            CsmsUri = csms,
            Version = plan.Version,
            Vendor = plan.Template.Vendor,
            Model = plan.Template.Model,
            SerialNumber = plan.Id,
            FirmwareVersion = "sim-1.0",
            Evses = [.. Enumerable.Repeat(plan.Template.ConnectorsPerEvse, plan.Template.Evses)],
            Password = settings.Password,
            MeterValueInterval = plan.Template.MeterInterval,
            ChargingPowerW = plan.Template.MaxPowerKw * 1000m,
            Phases = plan.Template.Phases,
            VoltageV = plan.Template.VoltageV,
            Load = load,
            SampledMeasurands = plan.Version == Ocpp.OcppVersion.V16
                ? ["Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage", "SoC", "Temperature", "Frequency"]
                : ["Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage", "SoC", "Frequency"],
            CallTimeout = timeout,
            ConnectTimeout = timeout,
            RandomSeed = seed,
            ProtocolTrace = settings.ProtocolTrace,
        };
    }
}
