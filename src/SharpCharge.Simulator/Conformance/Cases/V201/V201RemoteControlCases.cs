using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using SharpCharge.Simulator.Conformance.Running;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block F, remote control: remote start and stop, unlock, trigger message (Part 6 TC_F_*_CSMS, TC_E_21_CSMS).</summary>
internal static class V201RemoteControlCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_F_01_CSMS", "Remote start transaction - Cable plugin first", s =>
        {
            s.ValidToken();
            s.Booted();
            s.EVConnectedPreSession();
            RemoteStart(s);
            s.ExpectCall(V201Actions.RequestStartTransaction)
                .Where((r, st) => r.IdToken.IdToken == st.Tokens.Valid)
                .Then((st, r) => st.RequestId = r.RemoteStartId)
                .Reply((st, _) => new RequestStartTransactionResponse { Status = RequestStartStopStatusEnumType.Accepted, TransactionId = st.TransactionId });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.RemoteStart, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid), remoteStartId: st.RequestId))
                .Expect(r => r.IdTokenInfo == null || r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });

        yield return Case("TC_F_03_CSMS", "Remote start transaction - Remote start first - AuthorizeRemoteStart is false", s =>
        {
            s.ValidToken();
            s.Booted();
            RemoteStart(s);
            s.ExpectCall(V201Actions.RequestStartTransaction)
                .Where((r, st) => r.IdToken.IdToken == st.Tokens.Valid)
                .Then((st, r) =>
                {
                    st.RequestId = r.RemoteStartId;
                    st.NewTransaction();
                })
                .Reply(_ => new RequestStartTransactionResponse { Status = RequestStartStopStatusEnumType.Accepted });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Started, TriggerReasonEnumType.RemoteStart, ChargingStateEnumType.Idle, V201States.Token(st.Tokens.Valid), ReadingContextEnumType.TransactionBegin, remoteStartId: st.RequestId))
                .Expect(r => r.IdTokenInfo == null || r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
            s.ConnectorStatus(ConnectorStatusEnumType.Occupied);
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.CablePluggedIn, ChargingStateEnumType.EVConnected, null));
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });

        yield return Case("TC_E_21_CSMS", "Stop transaction options - StopAuthorized - Remote", s =>
        {
            s.ValidToken();
            s.Booted();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.Operator("Request the CSMS to stop the running transaction", StopRunning);
            s.ExpectCall(V201Actions.RequestStopTransaction)
                .Where((r, st) => r.TransactionId == st.TransactionId)
                .Reply(_ => new RequestStopTransactionResponse { Status = RequestStartStopStatusEnumType.Accepted });
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.RemoteStop, ChargingStateEnumType.EVConnected, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.Remote));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_F_06_CSMS", "Remote unlock Connector - Without ongoing transaction - Accepted", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to unlock connector 1 of EVSE 1", api => api.Post("unlock", new JsonObject { ["evse_id"] = V201States.Evse, ["connector_id"] = 1 }));
            s.ExpectCall(V201Actions.UnlockConnector).Where(r => r.EvseId == V201States.Evse && r.ConnectorId == 1)
                .Reply(_ => new UnlockConnectorResponse { Status = UnlockStatusEnumType.Unlocked });
        });

        yield return Trigger("TC_F_11_CSMS", "Trigger message - MeterValues - Specific EVSE", MessageTriggerEnumType.MeterValues, V201States.Evse, s =>
            s.Send(st => new MeterValuesRequest { EvseId = V201States.Evse, MeterValue = [V201States.Energy(st, ReadingContextEnumType.Trigger)] }));
        yield return Trigger("TC_F_20_CSMS", "Trigger message - Heartbeat", MessageTriggerEnumType.Heartbeat, null, s =>
            s.Send(_ => new HeartbeatRequest()).Expect(r => r.CurrentTime != default));
        yield return Trigger("TC_F_23_CSMS", "Trigger message - StatusNotification - Specific EVSE - Available", MessageTriggerEnumType.StatusNotification, V201States.Evse, s =>
            s.Send(st => new StatusNotificationRequest { Timestamp = st.Now, ConnectorStatus = ConnectorStatusEnumType.Available, EvseId = V201States.Evse, ConnectorId = 1 }));
        yield return Trigger("TC_F_18_CSMS", "Trigger message - FirmwareStatusNotification - Idle", MessageTriggerEnumType.FirmwareStatusNotification, null, s =>
            s.Send(_ => new FirmwareStatusNotificationRequest { Status = FirmwareStatusEnumType.Idle }));
        yield return Trigger("TC_F_15_CSMS", "Trigger message - LogStatusNotification - Idle", MessageTriggerEnumType.LogStatusNotification, null, s =>
            s.Send(_ => new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Idle }));
    }

    private static void RemoteStart(CaseScript s) => s.Operator("Request the CSMS to start a transaction on EVSE 1 for the valid id token", (api, st) =>
        api.Post("start", new JsonObject { ["id_token"] = st.Tokens.Valid, ["id_token_type"] = "ISO14443", ["evse_id"] = V201States.Evse }));

    /// <summary>Stops the session the central system shows as running on the station (its own transaction number, not the OCPP id).</summary>
    internal static async Task<OperatorReply> StopRunning(OperatorApi api)
    {
        var charger = await api.Get("/api/chargers/" + Uri.EscapeDataString(api.StationId)).ConfigureAwait(false);
        return await api.Post("stop", new JsonObject { ["transaction_id"] = charger.Number("transaction_id") }).ConfigureAwait(false);
    }

    private static ConformanceCase Trigger(string id, string title, MessageTriggerEnumType message, int? evse, Action<CaseScript> send) => Case(id, title, s =>
    {
        s.Booted();
        s.Operator($"Request the CSMS to trigger a {message}" + (evse is null ? "" : $" for EVSE {evse}"), api =>
        {
            var body = new JsonObject { ["requested_message"] = message.ToString() };
            if (evse is { } e)
            {
                body["evse_id"] = e;
            }

            return api.Post("trigger", body);
        });
        s.ExpectCall(V201Actions.TriggerMessage)
            .Where(r => r.RequestedMessage == message && r.Evse?.Id == evse)
            .Reply(_ => new TriggerMessageResponse { Status = TriggerMessageStatusEnumType.Accepted });
        send(s);
    });
}
