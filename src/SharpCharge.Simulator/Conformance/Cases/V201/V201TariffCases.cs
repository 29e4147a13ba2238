using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block I, tariff and cost (Part 6 TC_I_*_CSMS).</summary>
internal static class V201TariffCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_I_02_CSMS", "Show EV Driver Final Total Cost After Charging", s =>
        {
            s.Setup("Configure a tariff for the station in the CSMS", async api =>
            {
                var site = api.StationId + "-SITE";
                var created = await api.Post("/api/stations", new JsonObject
                {
                    ["station_id"] = site,
                    ["name"] = "Conformance site",
                    ["tariff"] = new JsonObject { ["price_per_kwh"] = 0.40m, ["currency"] = "EUR" },
                }).ConfigureAwait(false);
                return created.Status == 409 || created.IsSuccess
                    ? await api.Patch("/api/chargers/" + Uri.EscapeDataString(api.StationId), new JsonObject { ["station_id"] = site }).ConfigureAwait(false)
                    : created;
            });
            s.CleanUp("Take the station out of the conformance site again", api =>
                api.Patch("/api/chargers/" + Uri.EscapeDataString(api.StationId), new JsonObject { ["station_id"] = "" }));
            s.ValidToken();
            s.Booted();
            s.EVConnectedPreSession();
            s.Authorized(inTransaction: true);
            s.EnergyTransferStarted();

            // EVConnectedPostSession: charging has ended, the cable is still in.
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.ChargingStateChanged, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.SamplePeriodic));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.EVCommunicationLost, ChargingStateEnumType.Idle, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.EVDisconnected))
                .Expect(r => r.TotalCost != null);
        });
    }
}
