using System.Globalization;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station.Model;
using SharpCharge.Station.Tests.Support;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Station.Tests;

/// <summary>Meter values: what the vehicle draws, the measurands sent, suspended states and clock-aligned samples.</summary>
public sealed class ChargingStationMeteringTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.6 MeterValuesSampledData, §4.9 SuspendedEV")]
    public async Task V16_LoadStopsDrawing_ReportsSuspendedEVAndConsistentMeasurands()
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        var load = new ScriptedLoad(7_360m, 0m) { StateOfCharge = 40m };
        options.Load = load;
        options.Phases = 1;
        options.EvseMaxPowerW = [7_360m];
        options.SampledMeasurands = ["Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage", "SoC", "Temperature", "Frequency"];
        await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        await harness.Station.StartSessionAsync(1, "TAG-1");
        await harness.AdvanceUntilAsync(() => central!.All<V16.MeterValuesRequest>().Count >= 2, TimeSpan.FromSeconds(10));
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<V16.StatusNotificationRequest>().Any(s => s.Status == V16.ChargePointStatus.SuspendedEV)));

        var first = central!.All<V16.MeterValuesRequest>()[0].MeterValue[0].SampledValue;
        Assert.Equal("7360", Value(first, V16.Measurand.PowerActiveImport));
        Assert.Equal("32", Value(first, V16.Measurand.CurrentImport));
        Assert.Equal(V16.Phase.L1, Assert.Single(first, v => v.Measurand == V16.Measurand.CurrentImport).Phase);
        Assert.Equal("230", Value(first, V16.Measurand.Voltage));
        Assert.Equal("40", Value(first, V16.Measurand.SoC));
        Assert.Equal("50", Value(first, V16.Measurand.Frequency));
        Assert.NotNull(Value(first, V16.Measurand.Temperature));
        Assert.All(first, v => Assert.Equal(V16.ReadingContext.SamplePeriodic, v.Context));

        // 7360 W for one minute is 122.667 Wh; the next minute the vehicle draws nothing.
        var energies = central.All<V16.MeterValuesRequest>().Select(m => decimal.Parse(Value(m.MeterValue[0].SampledValue, V16.Measurand.EnergyActiveImportRegister)!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(122.667m, energies[0]);
        Assert.Equal(energies[0], energies[1]);
        Assert.Equal(ConnectorStatus.SuspendedEV, harness.Station.GetConnectorStatus(1));
        Assert.All(load.Asked, a => Assert.Equal(7_360m, a.OfferedW));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.6 ClockAlignedDataInterval, Sample.Clock")]
    public async Task V16_ClockAlignedInterval_SamplesEveryConnectorOnTheBoundary()
    {
        MiniCentralSystem16? central = null;
        var options = StationHarness.Options(OcppVersion.V16);
        options.Evses = [1, 1];
        options.MeterValueInterval = TimeSpan.Zero;
        options.ClockAlignedDataInterval = TimeSpan.FromMinutes(15);
        await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem16(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Station.StartSessionAsync(1, "TAG-1");
        await harness.Recorder.WaitForAsync(StationEventKind.TransactionIdAssigned);

        await harness.AdvanceUntilAsync(() => central!.All<V16.MeterValuesRequest>().Count >= 2, Minute);

        var samples = central!.All<V16.MeterValuesRequest>();
        Assert.All(samples, m => Assert.Equal(0, m.MeterValue[0].Timestamp.Minute % 15));
        Assert.All(samples, m => Assert.Equal(V16.ReadingContext.SampleClock, m.MeterValue[0].SampledValue[0].Context));
        Assert.Equal(101, Assert.Single(samples, m => m.ConnectorId == 1).TransactionId);
        Assert.Null(Assert.Single(samples, m => m.ConnectorId == 2).TransactionId);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 E02 chargingState, J02")]
    public async Task V201_NothingOffered_SendsChargingStateChangedAndStaysOccupied()
    {
        MiniCentralSystem201? central = null;
        var options = StationHarness.Options(OcppVersion.V201);
        options.EvseMaxPowerW = [0m];
        options.SampledMeasurands = ["Energy.Active.Import.Register", "Current.Import"];
        await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));

        await harness.Station.StartSessionAsync(1, "TAG-1");
        await harness.AdvanceUntilAsync(() => central!.All<V201.TransactionEventRequest>().Count >= 3, TimeSpan.FromSeconds(10));

        var events = central!.All<V201.TransactionEventRequest>();
        var changed = Assert.Single(events, e => e.TriggerReason == V201.TriggerReasonEnumType.ChargingStateChanged);
        Assert.Equal(V201.ChargingStateEnumType.SuspendedEVSE, changed.TransactionInfo.ChargingState);
        var sample = Assert.Single(events, e => e.TriggerReason == V201.TriggerReasonEnumType.MeterValuePeriodic);
        Assert.Equal(3, sample.MeterValue![0].SampledValue.Count(v => v.Measurand == V201.MeasurandEnumType.CurrentImport));
        Assert.Equal([0, 1, 2], events.Select(e => e.SeqNo));
        Assert.DoesNotContain(central.All<V201.StatusNotificationRequest>(), s => s.ConnectorStatus is not (V201.ConnectorStatusEnumType.Available or V201.ConnectorStatusEnumType.Occupied));
        Assert.Equal(ConnectorStatus.SuspendedEVSE, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 J01 AlignedDataCtrlr.Interval")]
    public async Task V201_ClockAligned_SendsMeterValueClockDuringTheSession()
    {
        MiniCentralSystem201? central = null;
        var options = StationHarness.Options(OcppVersion.V201);
        options.MeterValueInterval = TimeSpan.Zero;
        options.ClockAlignedDataInterval = TimeSpan.FromMinutes(15);
        await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        await harness.Station.StartSessionAsync(1, "TAG-1");

        await harness.AdvanceUntilAsync(() => central!.All<V201.TransactionEventRequest>().Count >= 2, Minute);

        var aligned = central!.All<V201.TransactionEventRequest>()[1];
        Assert.Equal(V201.TriggerReasonEnumType.MeterValueClock, aligned.TriggerReason);
        Assert.Equal(V201.ReadingContextEnumType.SampleClock, aligned.MeterValue![0].SampledValue[0].Context);
        Assert.Equal(0, aligned.Timestamp.Minute % 15);
        Assert.Empty(central.All<V201.MeterValuesRequest>());
    }

    [Fact]
    [Trait("Spec", "Issue 4: Energy.Active.Import.Register only increases and is the integral of power")]
    public async Task RandomLoads_EnergyRegisterIsTheIntegralOfReportedPower()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            var powers = Enumerable.Range(0, 12).Select(_ => (decimal)random.Next(0, 22_000)).ToArray();
            MiniCentralSystem201? central = null;
            var options = StationHarness.Options(OcppVersion.V201);
            options.Load = new ScriptedLoad(powers);
            options.EvseMaxPowerW = [22_000m];
            options.MeterValueInterval = TimeSpan.FromSeconds(30);
            await using var harness = await StationHarness.StartAsync(options, time => (central = new MiniCentralSystem201(time)).Router);
            await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
            await harness.Station.StartSessionAsync(1, "TAG-1");

            await harness.AdvanceUntilAsync(() => central!.All<V201.TransactionEventRequest>().Count(e => e.TriggerReason == V201.TriggerReasonEnumType.MeterValuePeriodic) >= 10, TimeSpan.FromSeconds(10));

            var samples = central!.All<V201.TransactionEventRequest>().Where(e => e.TriggerReason == V201.TriggerReasonEnumType.MeterValuePeriodic).Select(e => e.MeterValue![0]).ToArray();
            var previousEnergy = 0m;
            var previousAt = central.All<V201.TransactionEventRequest>()[0].Timestamp;
            foreach (var sample in samples)
            {
                var energy = sample.SampledValue.Single(v => v.Measurand == V201.MeasurandEnumType.EnergyActiveImportRegister).Value;
                var power = sample.SampledValue.Single(v => v.Measurand == V201.MeasurandEnumType.PowerActiveImport).Value;
                Assert.True(energy >= previousEnergy);
                Assert.Equal(decimal.Round(power * (decimal)(sample.Timestamp - previousAt).TotalHours, 3), energy - previousEnergy);
                (previousEnergy, previousAt) = (energy, sample.Timestamp);
            }
        }
    }

    private static string? Value(IReadOnlyList<V16.SampledValue> values, V16.Measurand measurand)
        => values.FirstOrDefault(v => v.Measurand == measurand)?.Value;
}
