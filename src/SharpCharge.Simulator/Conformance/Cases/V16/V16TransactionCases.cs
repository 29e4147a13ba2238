using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V16.V16States;

namespace SharpCharge.Simulator.Conformance.Cases.V16;

/// <summary>Core profile sessions: local and remote start and stop, authorization results, offline transactions (OCA 1.6 TC_0xx_CSMS).</summary>
internal static class V16TransactionCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_003_CSMS", "Regular charging session - plugin first", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            s.Authorize(t => t.Valid, AuthorizationStatus.Accepted);
            s.Start();
            s.Charging();
            s.Stop();
            s.Status(ChargePointStatus.Finishing);
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_004_1_CSMS", "Regular charging session - identification first", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Authorize(t => t.Valid, AuthorizationStatus.Accepted);
            s.Session();
        });

        yield return Case("TC_005_1_CSMS", "EV side disconnected", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Authorize(t => t.Valid, AuthorizationStatus.Accepted);
            s.Status(ChargePointStatus.Preparing);
            s.Start();
            s.Charging();
            s.Stop(Reason.EVDisconnected, withIdTag: false);
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_007_CSMS", "Regular start charging session - cached id", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Session();
        });

        yield return Case("TC_010_CSMS", "Remote start charging session - cable plugged in first", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            RemoteStart(s);
            s.Start();
            s.Charging();
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_011_1_CSMS", "Remote start charging session - remote start first", s =>
        {
            s.ValidToken();
            s.Booted();
            RemoteStart(s);
            s.Session();
        });

        yield return Case("TC_012_CSMS", "Remote stop charging session", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            s.Start();
            s.Charging();
            s.Operator("Request the CSMS to stop the running transaction", V201.V201RemoteControlCases.StopRunning);
            s.ExpectCall(V16Actions.RemoteStopTransaction).Where((r, st) => r.TransactionId == st.TransactionNumber)
                .Reply(_ => new RemoteStopTransactionResponse { Status = RemoteStartStopStatus.Accepted });
            s.Stop(Reason.Remote);
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_023_1_CSMS", "Start charging session - authorize invalid", s =>
        {
            s.Booted();
            s.Authorize(t => t.Unknown, AuthorizationStatus.Invalid);
        });
        yield return Case("TC_023_2_CSMS", "Start charging session - authorize expired", s =>
        {
            s.TokenStatus(t => t.Expired, "expired");
            s.Booted();
            s.Authorize(t => t.Expired, AuthorizationStatus.Expired);
        });
        yield return Case("TC_023_3_CSMS", "Start charging session - authorize blocked", s =>
        {
            s.TokenStatus(t => t.Blocked, "blocked");
            s.Booted();
            s.Authorize(t => t.Blocked, AuthorizationStatus.Blocked);
        });

        yield return Case("TC_026_CSMS", "Remote start charging session - rejected", s =>
        {
            s.ValidToken();
            s.Booted();
            RemoteStart(s, RemoteStartStopStatus.Rejected);
        });

        // SteVe notes that OCTT expects the RemoteStop to reach the charge point even for a transaction it rejects.
        yield return Case("TC_028_CSMS", "Remote stop transaction - rejected", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            s.Start();
            s.Operator("Request the CSMS to stop the running transaction", V201.V201RemoteControlCases.StopRunning);
            s.ExpectCall(V16Actions.RemoteStopTransaction).Reply(_ => new RemoteStopTransactionResponse { Status = RemoteStartStopStatus.Rejected });
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_032_1_CSMS", "Power failure boot charging point - stop transactions", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Status(ChargePointStatus.Preparing);
            s.Start();
            s.Charging();
            s.Reconnect();
            s.Send(_ => Boot()).Expect(r => r.Status == RegistrationStatus.Accepted);
            s.Stop(Reason.PowerLoss, withIdTag: false);
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_037_1_CSMS", "Offline start transaction - valid idTag", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Reconnect();
            s.Note("the station was offline: the session started and its StartTransaction is delivered after reconnecting");
            s.Status(ChargePointStatus.Charging);
            s.Start();
            s.Charging();
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });

        yield return Case("TC_039_CSMS", "Offline transaction - whole transaction offline", s =>
        {
            s.ValidToken();
            s.Booted();
            s.Reconnect();
            s.Note("the whole session happened offline: StartTransaction, MeterValues and StopTransaction arrive after reconnecting, in order");
            s.Send(_ => Boot()).Expect(r => r.Status == RegistrationStatus.Accepted);
            s.Start();
            s.Send(st => new MeterValuesRequest { ConnectorId = Connector, TransactionId = st.TransactionNumber, MeterValue = [Energy(st, ReadingContext.SamplePeriodic)] });
            s.Stop();
            s.Status(ChargePointStatus.Available);
        });
    }

    private static void RemoteStart(CaseScript s, RemoteStartStopStatus answer = RemoteStartStopStatus.Accepted)
    {
        s.Operator("Request the CSMS to start a transaction on connector 1 for the valid idTag", (api, st) => api.Post("start", new JsonObject { ["id_token"] = st.Tokens.Valid, ["evse_id"] = Connector }));
        s.ExpectCall(V16Actions.RemoteStartTransaction)
            .Where((r, st) => r.IdTag == st.Tokens.Valid && (r.ConnectorId == null || r.ConnectorId == Connector))
            .Reply(_ => new RemoteStartTransactionResponse { Status = answer });
    }
}
