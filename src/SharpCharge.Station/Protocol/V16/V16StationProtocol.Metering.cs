using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V16;

/// <summary>1.6 MeterValues (OCPP-NOTES §4.6): the configured measurands of a reading, per phase where they have one.</summary>
internal sealed partial class V16StationProtocol
{
    public bool SendsIdleAlignedData => true;

    public QueuedMessage MeterSample(Session session, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at)
    {
        var sample = new MeterValue { Timestamp = at, SampledValue = SampledValues(reading, measurands, ContextOf(context)) };
        return Sample(session, new MeterValuesRequest { ConnectorId = session.EvseId, TransactionId = TransactionIdOf(session), MeterValue = [sample] });
    }

    public QueuedMessage IdleMeterSample(int evseId, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at)
    {
        var request = new MeterValuesRequest
        {
            ConnectorId = evseId,
            MeterValue = [new MeterValue { Timestamp = at, SampledValue = SampledValues(reading, measurands, ContextOf(context)) }],
        };

        // Not transaction-related (OCPP-NOTES §4.6): not kept in the queue file, not retried.
        return new QueuedMessage("MeterValues", MessageKind.Notification, null, async (connection, _, token) =>
            await connection.CallAsync(request, token).ConfigureAwait(false));
    }

    public QueuedMessage? ChargingStateChanged(Session session, ConnectorStatus state, DateTimeOffset at) => null;

    private static ReadingContext ContextOf(MeterContext context) => context switch
    {
        MeterContext.Clock => ReadingContext.SampleClock,
        MeterContext.Trigger => ReadingContext.Trigger,
        _ => ReadingContext.SamplePeriodic,
    };

    internal static SampledValue[] SampledValues(MeterReading reading, IReadOnlyList<string> measurands, ReadingContext context)
    {
        var values = new List<SampledValue>(measurands.Count + 4);
        foreach (var measurand in measurands)
        {
            switch (measurand)
            {
                case Measurands.EnergyImportRegister:
                    values.Add(Energy(reading.EnergyWh, context));
                    break;
                case Measurands.PowerImport:
                    values.Add(Value(reading.PowerW, context, Measurand.PowerActiveImport, UnitOfMeasure.W));
                    break;
                case Measurands.PowerOffered:
                    values.Add(Value(reading.OfferedW, context, Measurand.PowerOffered, UnitOfMeasure.W));
                    break;
                case Measurands.CurrentImport:
                    values.AddRange(PerPhase(reading, reading.CurrentA, context, Measurand.CurrentImport, UnitOfMeasure.A, voltage: false));
                    break;
                case Measurands.CurrentOffered:
                    values.Add(Value(reading.OfferedCurrentA, context, Measurand.CurrentOffered, UnitOfMeasure.A));
                    break;
                case Measurands.Voltage:
                    values.AddRange(PerPhase(reading, reading.VoltageV, context, Measurand.Voltage, UnitOfMeasure.V, voltage: true));
                    break;
                case Measurands.StateOfCharge when reading.StateOfChargePercent is { } soc:
                    values.Add(Value(soc, context, Measurand.SoC, UnitOfMeasure.Percent) with { Location = Location.EV });
                    break;
                case Measurands.Temperature:
                    values.Add(Value(reading.TemperatureC, context, Measurand.Temperature, UnitOfMeasure.Celsius) with { Location = Location.Body });
                    break;
                case Measurands.Frequency:
                    values.Add(new SampledValue { Value = Text(reading.FrequencyHz), Context = context, Measurand = Measurand.Frequency });
                    break;
            }
        }

        return [.. values];
    }

    private static SampledValue Value(decimal value, ReadingContext context, Measurand measurand, UnitOfMeasure unit)
        => new() { Value = Text(value), Context = context, Measurand = measurand, Unit = unit };

    private static IEnumerable<SampledValue> PerPhase(MeterReading reading, decimal value, ReadingContext context, Measurand measurand, UnitOfMeasure unit, bool voltage)
    {
        Phase[] phases = voltage ? [Phase.L1N, Phase.L2N, Phase.L3N] : [Phase.L1, Phase.L2, Phase.L3];
        return phases.Take(reading.Phases).Select(phase => Value(value, context, measurand, unit) with { Phase = phase });
    }
}
