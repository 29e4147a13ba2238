using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block G, availability: ChangeAvailability of the station, an EVSE and a connector (Part 6 TC_G_*_CSMS).</summary>
internal static class V201AvailabilityCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_G_03_CSMS", "Change Availability EVSE - Operative to inoperative", s => Change(s, Target.Evse, operative: false));
        yield return Case("TC_G_04_CSMS", "Change Availability EVSE - Inoperative to operative", s =>
        {
            Change(s, Target.Evse, operative: false);
            Change(s, Target.Evse, operative: true, boot: false);
        });
        yield return Case("TC_G_05_CSMS", "Change Availability Charging Station - Operative to inoperative", s => Change(s, Target.Station, operative: false));
        yield return Case("TC_G_06_CSMS", "Change Availability Charging Station - Inoperative to operative", s =>
        {
            Change(s, Target.Station, operative: false);
            Change(s, Target.Station, operative: true, boot: false);
        });
        yield return Case("TC_G_07_CSMS", "Change Availability Connector - Operative to inoperative", s => Change(s, Target.Connector, operative: false));
        yield return Case("TC_G_08_CSMS", "Change Availability Connector - Inoperative to operative", s =>
        {
            Change(s, Target.Connector, operative: false);
            Change(s, Target.Connector, operative: true, boot: false);
        });
    }

    private enum Target
    {
        Station,
        Evse,
        Connector,
    }

    private static void Change(CaseScript s, Target target, bool operative, bool boot = true)
    {
        if (boot)
        {
            s.Booted();
        }

        var status = operative ? OperationalStatusEnumType.Operative : OperationalStatusEnumType.Inoperative;
        s.Operator($"Request the CSMS to make the {target.ToString().ToLowerInvariant()} {status}", api =>
        {
            var body = new JsonObject { ["operative"] = operative };
            if (target != Target.Station)
            {
                body["evse_id"] = V201States.Evse;
            }

            if (target == Target.Connector)
            {
                body["connector_id"] = 1;
            }

            return api.Post("availability", body);
        });
        s.ExpectCall(V201Actions.ChangeAvailability)
            .Where(r => r.OperationalStatus == status)
            .Where(r => target == Target.Station ? r.Evse == null : r.Evse != null && r.Evse.Id == V201States.Evse)
            .Where(r => target == Target.Connector ? r.Evse?.ConnectorId == 1 : r.Evse?.ConnectorId == null)
            .Reply(_ => new ChangeAvailabilityResponse { Status = ChangeAvailabilityStatusEnumType.Accepted });
        s.ConnectorStatus(operative ? ConnectorStatusEnumType.Available : ConnectorStatusEnumType.Unavailable);
    }
}
