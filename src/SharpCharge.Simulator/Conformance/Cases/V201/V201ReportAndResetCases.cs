using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block B, reports and reset (Part 6 TC_B_12..TC_B_27_CSMS).</summary>
internal static class V201ReportAndResetCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return BaseReport("TC_B_12_CSMS", "Get Base Report - ConfigurationInventory", ReportBaseEnumType.ConfigurationInventory);
        yield return BaseReport("TC_B_13_CSMS", "Get Base Report - FullInventory", ReportBaseEnumType.FullInventory);
        yield return BaseReport("TC_B_14_CSMS", "Get Base Report - SummaryInventory", ReportBaseEnumType.SummaryInventory);

        yield return Case("TC_B_18_CSMS", "Get Custom Report - with component criteria and component/variables", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get a custom report of AuthCtrlr.Enabled with criteria Available", api => api.Post("reports", new JsonObject
            {
                ["criteria"] = new JsonArray("Available"),
                ["variables"] = new JsonArray(new JsonObject { ["component"] = "AuthCtrlr", ["variable"] = "Enabled" }),
            }));
            s.ExpectCall(V201Actions.GetReport)
                .Where(r => r.RequestId >= 0 && r.ComponentCriteria != null && r.ComponentCriteria.Contains(ComponentCriterionEnumType.Available))
                .Where(r => r.ComponentVariable != null && r.ComponentVariable.Any(c => c.Component.Name == "AuthCtrlr"))
                .Then((st, r) => st.RequestId = r.RequestId)
                .Reply(_ => new GetReportResponse { Status = GenericDeviceModelStatusEnumType.Accepted });
            s.Send(st => Report(st.RequestId, st.Now));
        });

        yield return Case("TC_B_20_CSMS", "Reset Charging Station - Without ongoing transaction - OnIdle", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to reset the Charging Station with type OnIdle", api => api.Post("reset", new JsonObject { ["type"] = "on_idle" }));
            s.ExpectCall(V201Actions.Reset).Where(r => r.Type == ResetEnumType.OnIdle && r.EvseId == null)
                .Reply(_ => new ResetResponse { Status = ResetStatusEnumType.Accepted });
            s.Reconnect();
            s.Booted(BootReasonEnumType.RemoteReset);
        });

        yield return Case("TC_B_21_CSMS", "Reset Charging Station - With Ongoing Transaction - OnIdle", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Operator("Request the CSMS to reset the Charging Station with type OnIdle", api => api.Post("reset", new JsonObject { ["type"] = "on_idle" }));
            s.ExpectCall(V201Actions.Reset).Where(r => r.Type == ResetEnumType.OnIdle)
                .Reply(_ => new ResetResponse { Status = ResetStatusEnumType.Scheduled });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.StopAuthorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid)));
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.EVCommunicationLost, ChargingStateEnumType.Idle, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.EVDisconnected));
            s.Reconnect();
            s.Booted(BootReasonEnumType.ScheduledReset);
        });

        yield return Case("TC_B_22_CSMS", "Reset Charging Station - With Ongoing Transaction - Immediate", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Operator("Request the CSMS to reset the Charging Station with type Immediate", api => api.Post("reset", new JsonObject { ["type"] = "immediate" }));
            s.ExpectCall(V201Actions.Reset).Where(r => r.Type == ResetEnumType.Immediate)
                .Reply(_ => new ResetResponse { Status = ResetStatusEnumType.Accepted });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.ResetCommand, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.ImmediateReset));
            s.Reconnect();
            s.Send(_ => V201States.Boot(BootReasonEnumType.RemoteReset)).Expect(r => r.Status == RegistrationStatusEnumType.Accepted);
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_B_25_CSMS", "Reset EVSE - Without ongoing transaction", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to reset EVSE 1 with type OnIdle", api => api.Post("reset", new JsonObject { ["type"] = "on_idle", ["evse_id"] = V201States.Evse }));
            s.ExpectCall(V201Actions.Reset).Where(r => r.Type == ResetEnumType.OnIdle && r.EvseId == V201States.Evse)
                .Reply(_ => new ResetResponse { Status = ResetStatusEnumType.Accepted });
            s.ConnectorStatus(ConnectorStatusEnumType.Unavailable);
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });
    }

    private static ConformanceCase BaseReport(string id, string title, ReportBaseEnumType reportBase) => Case(id, title, s =>
    {
        s.Booted();
        s.Operator($"Request the CSMS to get a {reportBase} base report", api => api.Post("reports", new JsonObject { ["report_base"] = reportBase.ToString() }));
        s.ExpectCall(V201Actions.GetBaseReport)
            .Where(r => r.RequestId >= 0 && r.ReportBase == reportBase)
            .Then((st, r) => st.RequestId = r.RequestId)
            .Reply(_ => new GetBaseReportResponse { Status = GenericDeviceModelStatusEnumType.Accepted });
        s.Send(st => Report(st.RequestId, st.Now));
    });

    /// <summary>A one-part NotifyReport (tbc false) with the heartbeat interval, as the station's answer to the report request.</summary>
    private static NotifyReportRequest Report(int requestId, DateTimeOffset now) => new()
    {
        RequestId = requestId,
        GeneratedAt = now,
        SeqNo = 0,
        Tbc = false,
        ReportData =
        [
            new ReportDataType
            {
                Component = new ComponentType { Name = "OCPPCommCtrlr" },
                Variable = new VariableType { Name = "HeartbeatInterval" },
                VariableAttribute = [new VariableAttributeType { Type = AttributeEnumType.Actual, Value = "300", Mutability = MutabilityEnumType.ReadWrite }],
            },
        ],
    };
}
