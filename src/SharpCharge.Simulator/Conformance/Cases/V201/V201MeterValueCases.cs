using SharpCharge.Ocpp.Messages.V201;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block J, meter values: clock-aligned and sampled, outside and inside transactions (Part 6 TC_J_*_CSMS).</summary>
internal static class V201MeterValueCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_J_01_CSMS", "Clock-aligned Meter Values - No transaction ongoing", s =>
        {
            s.Booted();
            s.Send(st => new MeterValuesRequest { EvseId = V201States.Evse, MeterValue = [V201States.Energy(st, ReadingContextEnumType.SampleClock)] });
            s.Send(st => new MeterValuesRequest { EvseId = 0, MeterValue = [V201States.Energy(st, ReadingContextEnumType.SampleClock)] });
        });

        yield return Case("TC_J_02_CSMS", "Clock-aligned Meter Values - Transaction ongoing", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValueClock, ChargingStateEnumType.Charging, null, ReadingContextEnumType.SampleClock));
            s.StopAndUnplug();
        });

        yield return Case("TC_J_07_CSMS", "Sampled Meter Values - EventType Started - EVSE known", s =>
        {
            s.Booted();
            s.EVConnectedPreSession();
            s.StopAndUnplug(ReasonEnumType.EVDisconnected, TriggerReasonEnumType.EVCommunicationLost);
        });

        yield return Case("TC_J_09_CSMS", "Sampled Meter Values - EventType Updated", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValuePeriodic, ChargingStateEnumType.Charging, null, ReadingContextEnumType.SamplePeriodic));
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValuePeriodic, ChargingStateEnumType.Charging, null, ReadingContextEnumType.SamplePeriodic));
            s.StopAndUnplug();
        });

        yield return Case("TC_J_10_CSMS", "Sampled Meter Values - EventType Ended", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.StopAuthorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid), ReadingContextEnumType.TransactionEnd, ReasonEnumType.Local));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });
    }
}
