using System.Text.Json.Nodes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block B, provisioning: boot, get and set variables (Part 6 TC_B_*_CSMS).</summary>
internal static class V201ProvisioningCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_B_01_CSMS", "Cold Boot Charging Station - Accepted", s => s.Booted());

        yield return Case("TC_B_02_CSMS", "Cold Boot Charging Station - Pending", s =>
        {
            s.Registration("pending");
            s.Send(_ => V201States.Boot()).Expect(r => r.Status == RegistrationStatusEnumType.Pending);
            s.Registration("accepted");
            s.Send(_ => V201States.Boot()).Expect(r => r.Status == RegistrationStatusEnumType.Accepted);
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_B_06_CSMS", "Get Variables - single value", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get OCPPCommCtrlr.OfflineThreshold", api => api.Get("variables?component=OCPPCommCtrlr&variable=OfflineThreshold"));
            s.ExpectCall(V201Actions.GetVariables)
                .Where(r => r.GetVariableData.Count == 1 && IsActual(r.GetVariableData[0].AttributeType))
                .Where(r => r.GetVariableData[0].Component.Name == "OCPPCommCtrlr" && r.GetVariableData[0].Variable.Name == "OfflineThreshold")
                .Reply(r => new GetVariablesResponse { GetVariableResult = [.. r.GetVariableData.Select(d => Value(d, "60"))] });
        });

        yield return Case("TC_B_07_CSMS", "Get Variables - multiple values", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get OCPPCommCtrlr.OfflineThreshold and AuthCtrlr.AuthorizeRemoteStart", api => api.Get("variables?component=OCPPCommCtrlr&variable=OfflineThreshold&component=AuthCtrlr&variable=AuthorizeRemoteStart"));
            s.ExpectCall(V201Actions.GetVariables)
                .Where(r => r.GetVariableData.Count == 2 && r.GetVariableData.All(d => IsActual(d.AttributeType)))
                .Where(r => r.GetVariableData.Any(d => d.Component.Name == "OCPPCommCtrlr" && d.Variable.Name == "OfflineThreshold"))
                .Where(r => r.GetVariableData.Any(d => d.Component.Name == "AuthCtrlr" && d.Variable.Name == "AuthorizeRemoteStart"))
                .Reply(r => new GetVariablesResponse { GetVariableResult = [.. r.GetVariableData.Select(d => Value(d, d.Variable.Name == "OfflineThreshold" ? "60" : "false"))] });
        });

        yield return Case("TC_B_09_CSMS", "Set Variables - single value", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to set OCPPCommCtrlr.OfflineThreshold to 123", api => api.Put("variables", Variables(("OCPPCommCtrlr", "OfflineThreshold", "123"))));
            s.ExpectCall(V201Actions.SetVariables)
                .Where(r => r.SetVariableData.Count == 1 && IsActual(r.SetVariableData[0].AttributeType))
                .Where(r => r.SetVariableData[0].Component.Name == "OCPPCommCtrlr" && r.SetVariableData[0].Variable.Name == "OfflineThreshold" && r.SetVariableData[0].AttributeValue == "123")
                .Reply(r => Accepted(r));
        });

        yield return Case("TC_B_10_CSMS", "Set Variables - multiple values", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to set OCPPCommCtrlr.OfflineThreshold to 123 and AuthCtrlr.AuthorizeRemoteStart to false", api => api.Put("variables", Variables(("OCPPCommCtrlr", "OfflineThreshold", "123"), ("AuthCtrlr", "AuthorizeRemoteStart", "false"))));
            s.ExpectCall(V201Actions.SetVariables)
                .Where(r => r.SetVariableData.Count == 2)
                .Where(r => r.SetVariableData.Any(d => d.Variable.Name == "OfflineThreshold" && d.AttributeValue == "123"))
                .Where(r => r.SetVariableData.Any(d => d.Component.Name == "AuthCtrlr" && d.Variable.Name == "AuthorizeRemoteStart" && d.AttributeValue == "false"))
                .Reply(r => Accepted(r));
        });

        yield return Case("TC_B_58_CSMS", "WebSocket Subprotocol validation", s => s.SubProtocolNegotiation());

        yield return ConformanceCase.Skipped("TC_B_42_CSMS", OcppVersion.V201, "Set Network Profile - Accepted", "needs a CSMS operation to send SetNetworkProfile; the SharpCharge API has none yet");
        yield return ConformanceCase.Skipped("TC_B_30_CSMS", OcppVersion.V201, "Boot Pending/Rejected - SecurityError", "needs the CSMS to be driven into sending a request during Pending by the tool's own timing; not scripted yet");
    }

    internal static bool IsActual(AttributeEnumType? type) => type is null or AttributeEnumType.Actual;

    private static GetVariableResultType Value(GetVariableDataType d, string value) => new()
    {
        AttributeStatus = GetVariableStatusEnumType.Accepted,
        AttributeType = d.AttributeType,
        AttributeValue = value,
        Component = d.Component,
        Variable = d.Variable,
    };

    private static SetVariablesResponse Accepted(SetVariablesRequest r) => new()
    {
        SetVariableResult = [.. r.SetVariableData.Select(d => new SetVariableResultType { AttributeStatus = SetVariableStatusEnumType.Accepted, AttributeType = d.AttributeType, Component = d.Component, Variable = d.Variable })],
    };

    private static JsonObject Variables(params (string Component, string Variable, string Value)[] values)
    {
        var list = new JsonArray();
        foreach (var (component, variable, value) in values)
        {
            list.Add((JsonNode)new JsonObject { ["component"] = component, ["variable"] = variable, ["value"] = value });
        }

        return new JsonObject { ["variables"] = list };
    }

    internal static ConformanceCase Case(string id, string title, Action<CaseScript> script) => new(id, OcppVersion.V201, title, script);
}
