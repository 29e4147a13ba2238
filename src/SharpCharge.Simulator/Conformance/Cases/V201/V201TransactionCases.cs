using SharpCharge.Ocpp.Messages.V201;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block E, transactions: local start in both orders, stop options and seqNo (offline queues are covered by the 1.6 cases TC_037 and TC_039) (Part 6 TC_E_*_CSMS).</summary>
internal static class V201TransactionCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_E_03_CSMS", "Local start transaction - Cable plugin first - Success", s =>
        {
            s.ValidToken();
            s.Booted();
            s.EVConnectedPreSession();
            s.Authorized(inTransaction: true);
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });

        yield return Case("TC_E_04_CSMS", "Local start transaction - Authorization first - Success", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Authorized();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });

        yield return Case("TC_E_09_CSMS", "Start transaction options - EVConnected", s =>
        {
            s.Booted();
            s.EVConnectedPreSession();
            s.StopAndUnplug(ReasonEnumType.EVDisconnected, TriggerReasonEnumType.EVCommunicationLost);
        });

        yield return Case("TC_E_15_CSMS", "Stop transaction options - StopAuthorized - Local", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Authorized();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.StopAuthorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid), ReadingContextEnumType.TransactionEnd, ReasonEnumType.Local));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_E_39_CSMS", "Stop transaction options - Deauthorized - timeout", s =>
        {
            s.Booted();
            s.EVConnectedPreSession();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.EVConnectTimeout, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.Timeout));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_E_53_CSMS", "Reset Sequence Number - CSMS accepting seqNo = 0 at start of transaction", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.StopAndUnplug();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });
    }
}
