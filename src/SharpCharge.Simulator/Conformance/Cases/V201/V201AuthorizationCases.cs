using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block C, authorization, and block D, the local authorization list (Part 6 TC_C_*_CSMS, TC_D_*_CSMS).</summary>
internal static class V201AuthorizationCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_C_02_CSMS", "Local start transaction - Authorization Invalid/Unknown", s =>
        {
            s.Booted();
            s.Send(st => new AuthorizeRequest { IdToken = V201States.Token(st.Tokens.Unknown) })
                .Expect(r => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Invalid || r.IdTokenInfo.Status == AuthorizationStatusEnumType.Unknown);
        });

        // The test document's validation reads "Linked or Invalid"; C01.FR.07 and the AuthorizationStatusEnumType
        // name Blocked for a blocked token, so Blocked (the specification) and Invalid (the tool) both pass.
        yield return Case("TC_C_06_CSMS", "Local start transaction - Authorization Blocked", s =>
        {
            s.TokenStatus(t => t.Blocked, "blocked");
            s.Booted();
            s.Send(st => new AuthorizeRequest { IdToken = V201States.Token(st.Tokens.Blocked) })
                .Expect(r => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Blocked || r.IdTokenInfo.Status == AuthorizationStatusEnumType.Invalid);
        });

        yield return Case("TC_C_07_CSMS", "Local start transaction - Authorization Expired", s =>
        {
            s.TokenStatus(t => t.Expired, "expired");
            s.Booted();
            s.Send(st => new AuthorizeRequest { IdToken = V201States.Token(st.Tokens.Expired) })
                .Expect(r => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Expired || r.IdTokenInfo.Status == AuthorizationStatusEnumType.Invalid);
        });

        yield return Case("TC_C_08_CSMS", "Authorization through authorization cache - Accepted", s =>
        {
            s.ValidToken();
            s.Booted();
            s.EVConnectedPreSession();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.Authorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid)))
                .Expect(r => r.IdTokenInfo != null && r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted);
            s.StopAndUnplug();
        });

        yield return Case("TC_C_20_CSMS", "Authorization through authorization cache - Invalid", s =>
        {
            s.Booted();
            s.EVConnectedPreSession();
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.Authorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Unknown)))
                .Expect(r => r.IdTokenInfo != null && r.IdTokenInfo.Status != AuthorizationStatusEnumType.Accepted);
            s.StopAndUnplug(ReasonEnumType.DeAuthorized, TriggerReasonEnumType.Deauthorized);
        });

        yield return Case("TC_C_37_CSMS", "Clear Authorization Data in Authorization Cache - Accepted", s => ClearCache(s, ClearCacheStatusEnumType.Accepted));
        yield return Case("TC_C_38_CSMS", "Clear Authorization Data in Authorization Cache - Rejected", s => ClearCache(s, ClearCacheStatusEnumType.Rejected));

        yield return Case("TC_C_39_CSMS", "Authorization by GroupId - Success", s =>
        {
            s.ValidToken();
            s.TokenStatus(t => t.GroupMember, "accepted", "Configure a second token in the same group as the valid token");
            s.Booted();
            s.EVConnectedPreSession();
            s.Send(st => new AuthorizeRequest { IdToken = V201States.Token(st.Tokens.GroupMember) })
                .Expect(r => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted)
                .Expect((r, st) => r.IdTokenInfo.GroupIdToken != null && r.IdTokenInfo.GroupIdToken.IdToken == st.Tokens.Group);
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.Authorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.Valid)))
                .Expect((r, st) => r.IdTokenInfo != null && r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted && r.IdTokenInfo.GroupIdToken?.IdToken == st.Tokens.Group);
            s.EnergyTransferStarted();
            s.Send(st => new AuthorizeRequest { IdToken = V201States.Token(st.Tokens.GroupMember) })
                .Expect((r, st) => r.IdTokenInfo.Status == AuthorizationStatusEnumType.Accepted && r.IdTokenInfo.GroupIdToken?.IdToken == st.Tokens.Group);
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Updated, TriggerReasonEnumType.StopAuthorized, ChargingStateEnumType.EVConnected, V201States.Token(st.Tokens.GroupMember)));
            s.Send(st => V201States.Event(st, TransactionEventEnumType.Ended, TriggerReasonEnumType.EVCommunicationLost, ChargingStateEnumType.Idle, null, ReadingContextEnumType.TransactionEnd, ReasonEnumType.EVDisconnected));
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });

        yield return Case("TC_D_01_CSMS", "Send Local Authorization List - Full", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to send a full local authorization list", (api, st) => api.Post("local-list", LocalList(1, "full", st.Tokens.Valid, "Accepted")));
            s.ExpectCall(V201Actions.SendLocalList)
                .Where(r => r.UpdateType == UpdateEnumType.Full && r.VersionNumber > 0 && r.LocalAuthorizationList is { Count: > 0 })
                .Reply(_ => new SendLocalListResponse { Status = SendLocalListStatusEnumType.Accepted });
        });

        yield return Case("TC_D_02_CSMS", "Send Local Authorization List - Differential Update", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to send a differential local authorization list update", (api, st) => api.Post("local-list", LocalList(2, "differential", st.Tokens.Valid, "Accepted")));
            s.ExpectCall(V201Actions.SendLocalList)
                .Where(r => r.UpdateType == UpdateEnumType.Differential && r.VersionNumber > 0 && r.LocalAuthorizationList is { Count: > 0 } list && list.All(e => e.IdTokenInfo != null))
                .Reply(_ => new SendLocalListResponse { Status = SendLocalListStatusEnumType.Accepted });
        });

        yield return Case("TC_D_03_CSMS", "Send Local Authorization List - Differential Remove", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to remove a token from the local authorization list", (api, st) => api.Post("local-list", LocalList(3, "differential", st.Tokens.Valid, null)));
            s.ExpectCall(V201Actions.SendLocalList)
                .Where(r => r.UpdateType == UpdateEnumType.Differential && r.LocalAuthorizationList is { Count: > 0 } list && list.All(e => e.IdTokenInfo == null))
                .Reply(_ => new SendLocalListResponse { Status = SendLocalListStatusEnumType.Accepted });
        });

        yield return Case("TC_D_08_CSMS", "Get Local List Version - Success", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the local authorization list version", api => api.Get("local-list"));
            s.ExpectCall(V201Actions.GetLocalListVersion).Reply(_ => new GetLocalListVersionResponse { VersionNumber = 3 });
        });
    }

    private static void ClearCache(CaseScript s, ClearCacheStatusEnumType answer)
    {
        s.Booted();
        s.Operator("Request the CSMS to clear the authorization cache", api => api.Post("clear-cache"));
        s.ExpectCall(V201Actions.ClearCache).Reply(_ => new ClearCacheResponse { Status = answer });
    }

    private static JsonObject LocalList(int version, string type, string idToken, string? status)
    {
        var entry = new JsonObject { ["id_token"] = idToken };
        if (status is not null)
        {
            entry["status"] = status;
        }

        return new JsonObject { ["version"] = version, ["update_type"] = type, ["entries"] = new JsonArray(entry) };
    }
}
