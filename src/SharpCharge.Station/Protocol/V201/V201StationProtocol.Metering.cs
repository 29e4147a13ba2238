using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

/// <summary>2.x sampled and aligned data (OCPP-NOTES §5.12): TransactionEvent Updated during a session, MeterValues outside one.</summary>
internal sealed partial class V201StationProtocol
{
    public bool SendsIdleAlignedData => false;

    public QueuedMessage MeterSample(Session session, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at)
    {
        var (trigger, wireContext) = context switch
        {
            MeterContext.Clock => (TriggerReasonEnumType.MeterValueClock, ReadingContextEnumType.SampleClock),
            MeterContext.Trigger => (TriggerReasonEnumType.Trigger, ReadingContextEnumType.Trigger),
            _ => (TriggerReasonEnumType.MeterValuePeriodic, ReadingContextEnumType.SamplePeriodic),
        };
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Updated,
            Timestamp = at,
            TriggerReason = trigger,
            SeqNo = session.NextSeqNo++,
            TransactionInfo = new TransactionType { TransactionId = session.LocalId },
            MeterValue = [new MeterValueType { Timestamp = at, SampledValue = SampledValues(reading, measurands, wireContext) }],
        };
        return Queued(session, request);
    }

    public QueuedMessage IdleMeterSample(int evseId, MeterReading reading, IReadOnlyList<string> measurands, MeterContext context, DateTimeOffset at)
    {
        var wireContext = context == MeterContext.Clock ? ReadingContextEnumType.SampleClock : context == MeterContext.Trigger ? ReadingContextEnumType.Trigger : ReadingContextEnumType.SamplePeriodic;
        var request = new MeterValuesRequest
        {
            EvseId = evseId,
            MeterValue = [new MeterValueType { Timestamp = at, SampledValue = SampledValues(reading, measurands, wireContext) }],
        };
        return new QueuedMessage("MeterValues", MessageKind.Notification, null, async (connection, _, token) =>
            await connection.CallAsync(request, token).ConfigureAwait(false));
    }

    public QueuedMessage? ChargingStateChanged(Session session, ConnectorStatus state, DateTimeOffset at)
    {
        var request = new TransactionEventRequest
        {
            EventType = TransactionEventEnumType.Updated,
            Timestamp = at,
            TriggerReason = TriggerReasonEnumType.ChargingStateChanged,
            SeqNo = session.NextSeqNo++,
            TransactionInfo = new TransactionType
            {
                TransactionId = session.LocalId,
                ChargingState = state switch
                {
                    ConnectorStatus.SuspendedEV => ChargingStateEnumType.SuspendedEV,
                    ConnectorStatus.SuspendedEVSE => ChargingStateEnumType.SuspendedEVSE,
                    _ => ChargingStateEnumType.Charging,
                },
            },
        };
        return Queued(session, request);
    }

    private static SampledValueType[] SampledValues(MeterReading reading, IReadOnlyList<string> measurands, ReadingContextEnumType context)
    {
        var values = new List<SampledValueType>(measurands.Count + 4);
        foreach (var measurand in measurands)
        {
            switch (measurand)
            {
                case Measurands.EnergyImportRegister:
                    values.Add(Value(reading.EnergyWh, context, MeasurandEnumType.EnergyActiveImportRegister, "Wh"));
                    break;
                case Measurands.PowerImport:
                    values.Add(Value(reading.PowerW, context, MeasurandEnumType.PowerActiveImport, "W"));
                    break;
                case Measurands.PowerOffered:
                    values.Add(Value(reading.OfferedW, context, MeasurandEnumType.PowerOffered, "W"));
                    break;
                case Measurands.CurrentImport:
                    values.AddRange(PerPhase(reading, reading.CurrentA, context, MeasurandEnumType.CurrentImport, "A", [PhaseEnumType.L1, PhaseEnumType.L2, PhaseEnumType.L3]));
                    break;
                case Measurands.CurrentOffered:
                    values.Add(Value(reading.OfferedCurrentA, context, MeasurandEnumType.CurrentOffered, "A"));
                    break;
                case Measurands.Voltage:
                    values.AddRange(PerPhase(reading, reading.VoltageV, context, MeasurandEnumType.Voltage, "V", [PhaseEnumType.L1N, PhaseEnumType.L2N, PhaseEnumType.L3N]));
                    break;
                case Measurands.StateOfCharge when reading.StateOfChargePercent is { } soc:
                    values.Add(Value(soc, context, MeasurandEnumType.SoC, "Percent") with { Location = LocationEnumType.EV });
                    break;
                case Measurands.Frequency:
                    values.Add(Value(reading.FrequencyHz, context, MeasurandEnumType.Frequency, "Hz"));
                    break;
            }
        }

        return [.. values];
    }

    private static SampledValueType Value(decimal value, ReadingContextEnumType context, MeasurandEnumType measurand, string unit)
        => new() { Value = value, Context = context, Measurand = measurand, UnitOfMeasure = new UnitOfMeasureType { Unit = unit } };

    private static IEnumerable<SampledValueType> PerPhase(MeterReading reading, decimal value, ReadingContextEnumType context, MeasurandEnumType measurand, string unit, PhaseEnumType[] phases)
        => phases.Take(reading.Phases).Select(phase => Value(value, context, measurand, unit) with { Phase = phase });
}
