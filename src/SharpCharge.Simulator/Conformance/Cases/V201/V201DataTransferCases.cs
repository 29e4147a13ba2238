using System.Text.Json;
using SharpCharge.Ocpp.Messages.V201;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block P, data transfer and custom data (Part 6 TC_P_*_CSMS).</summary>
internal static class V201DataTransferCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_P_02_CSMS", "Data Transfer to the CSMS - Rejected / Unknown VendorId / Unknown MessageId", s =>
        {
            s.Booted();
            s.Send(_ => new DataTransferRequest { VendorId = "org.example.conformance", MessageId = "Unknown" })
                .Expect(r => r.Status is DataTransferStatusEnumType.UnknownVendorId or DataTransferStatusEnumType.UnknownMessageId or DataTransferStatusEnumType.Rejected);
        });

        // customData carries vendor properties beside vendorId; the CSMS must accept and may ignore them (Part 2 §2.1.3).
        yield return Case("TC_P_03_CSMS", "CustomData - Receive custom data", s =>
        {
            s.Booted();
            s.Send(st => new StatusNotificationRequest
            {
                Timestamp = st.Now,
                ConnectorStatus = ConnectorStatusEnumType.Available,
                EvseId = V201States.Evse,
                ConnectorId = 1,
                CustomData = Custom(),
            });
            s.Send(st =>
            {
                st.NewTransaction();
                var started = V201States.Event(st, TransactionEventEnumType.Started, TriggerReasonEnumType.CablePluggedIn, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.TransactionBegin);
                return started with { CustomData = Custom(), TransactionInfo = started.TransactionInfo with { CustomData = Custom() } };
            });
            s.StopAndUnplug(ReasonEnumType.EVDisconnected, TriggerReasonEnumType.EVCommunicationLost);
        });
    }

    private static CustomDataType Custom() => new()
    {
        VendorId = "org.example.conformance",
        ExtensionData = new() { ["note"] = JsonElement.Parse("\"custom\"") },
    };
}
