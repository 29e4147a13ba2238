using System.Globalization;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using SharpCharge.Simulator.Conformance.Running;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block O, display messages (Part 6 TC_O_*_CSMS): the operator sets, reads and clears messages on the station's display.</summary>
internal static class V201DisplayMessageCases
{
    private const int ConfiguredId = 7;
    private const string ConfiguredPriority = "InFront";
    private const string ConfiguredState = "Charging";

    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_O_02_CSMS", "Get all Display Messages - Success", s =>
            Get(s, "all display messages", "", r => r.Id == null && r.Priority == null && r.State == null, GetDisplayMessagesStatusEnumType.Accepted));
        yield return Case("TC_O_03_CSMS", "Get all Display Messages - No DisplayMessages configured", s =>
            Get(s, "all display messages", "", r => r.Id == null && r.Priority == null && r.State == null, GetDisplayMessagesStatusEnumType.Unknown));

        yield return Case("TC_O_04_CSMS", "Clear Display Message - Success", s =>
        {
            s.Booted();
            Set(s, "a display message", new JsonObject(), DisplayMessageStatusEnumType.Accepted);
            s.Operator($"Request the CSMS to clear display message {ConfiguredId}", api => api.Delete("display-messages/" + ConfiguredId.ToString(CultureInfo.InvariantCulture)));
            s.ExpectCall(V201Actions.ClearDisplayMessage).Where(r => r.Id == ConfiguredId)
                .Reply(_ => new ClearDisplayMessageResponse { Status = ClearMessageStatusEnumType.Accepted });
        });
        yield return Case("TC_O_05_CSMS", "Clear Display Message - Unknown Key", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to clear a display message the station does not have", api => api.Delete("display-messages/4711"));
            s.ExpectCall(V201Actions.ClearDisplayMessage).Where(r => r.Id == 4711)
                .Reply(_ => new ClearDisplayMessageResponse { Status = ClearMessageStatusEnumType.Unknown });
        });

        yield return Case("TC_O_06_CSMS", "Set Display Message - Specific transaction - Success", s =>
            ForTransaction(s, new JsonObject(), _ => true, DisplayMessageStatusEnumType.Accepted));
        yield return Case("TC_O_07_CSMS", "Get a Specific Display Message - Id", s =>
            Get(s, $"display message {ConfiguredId}", $"?id={ConfiguredId}", r => r.Id is [ConfiguredId] && r.Priority == null && r.State == null, GetDisplayMessagesStatusEnumType.Accepted));
        yield return Case("TC_O_08_CSMS", "Get a Specific Display Message - Priority", s =>
            Get(s, $"the display messages of priority {ConfiguredPriority}", "?priority=" + ConfiguredPriority, r => r.Priority == MessagePriorityEnumType.InFront && r.Id == null && r.State == null, GetDisplayMessagesStatusEnumType.Accepted));
        yield return Case("TC_O_09_CSMS", "Get a Specific Display Message - State", s =>
            Get(s, $"the display messages for state {ConfiguredState}", "?state=" + ConfiguredState, r => r.State == MessageStateEnumType.Charging && r.Id == null && r.Priority == null, GetDisplayMessagesStatusEnumType.Accepted));
        yield return Case("TC_O_10_CSMS", "Set Display Message - Specific transaction - UnknownTransaction", s =>
            ForTransaction(s, new JsonObject(), _ => true, DisplayMessageStatusEnumType.UnknownTransaction));

        yield return Case("TC_O_12_CSMS", "Set Display Message - Replace DisplayMessage", s =>
        {
            s.Booted();
            Set(s, "a display message", new JsonObject(), DisplayMessageStatusEnumType.Accepted);
            Set(s, "a display message with the same id as the configured one", new JsonObject { ["message"] = "Replaced text" }, DisplayMessageStatusEnumType.Accepted,
                check: r => r.Message.Message.Content == "Replaced text");
        });
        yield return Case("TC_O_13_CSMS", "Set Display Message - Display message at StartTime", s =>
        {
            s.Booted();
            Set(s, "a display message with a start time", new JsonObject { ["start_at"] = Later(1) }, DisplayMessageStatusEnumType.Accepted, r => r.Message.StartDateTime != null);
        });
        yield return Case("TC_O_14_CSMS", "Set Display Message - Remove message after EndTime", s =>
        {
            s.Booted();
            Set(s, "a display message with an end time", new JsonObject { ["end_at"] = Later(2) }, DisplayMessageStatusEnumType.Accepted, r => r.Message.EndDateTime != null);
        });
        yield return Case("TC_O_17_CSMS", "Set Display Message - NotSupportedPriority", s =>
        {
            s.Booted();
            Set(s, "a display message", new JsonObject(), DisplayMessageStatusEnumType.NotSupportedPriority);
        });
        yield return Case("TC_O_18_CSMS", "Set Display Message - NotSupportedState", s =>
        {
            s.Booted();
            Set(s, $"a display message for state {ConfiguredState}", new JsonObject { ["state"] = ConfiguredState }, DisplayMessageStatusEnumType.NotSupportedState, r => r.Message.State == MessageStateEnumType.Charging);
        });
        yield return Case("TC_O_19_CSMS", "Set Display Message - NotSupportedMessageFormat", s =>
        {
            s.Booted();
            Set(s, "a display message in HTML", new JsonObject { ["format"] = "HTML", ["message"] = "<b>Welcome</b>" }, DisplayMessageStatusEnumType.NotSupportedMessageFormat, r => r.Message.Message.Format == MessageFormatEnumType.HTML);
        });
        yield return Case("TC_O_27_CSMS", "Set Display Message - Specific transaction - Display message at StartTime", s =>
            ForTransaction(s, new JsonObject { ["start_at"] = Later(1) }, r => r.Message.StartDateTime != null, DisplayMessageStatusEnumType.Accepted));
        yield return Case("TC_O_28_CSMS", "Set Display Message - Specific transaction - Remove message after EndTime", s =>
            ForTransaction(s, new JsonObject { ["end_at"] = Later(2) }, r => r.Message.EndDateTime != null, DisplayMessageStatusEnumType.Accepted));
    }

    /// <summary>The operator asks for display messages; the station answers and, when it has some, reports them with the request's id.</summary>
    private static void Get(CaseScript s, string what, string query, Func<GetDisplayMessagesRequest, bool> check, GetDisplayMessagesStatusEnumType answer)
    {
        s.Booted();
        s.Operator($"Request the CSMS to get {what}", api => api.Get("display-messages" + query));
        s.ExpectCall(V201Actions.GetDisplayMessages).Where(check)
            .Then((st, r) => st.RequestId = r.RequestId)
            .Reply(_ => new GetDisplayMessagesResponse { Status = answer });
        if (answer == GetDisplayMessagesStatusEnumType.Accepted)
        {
            s.Send(st => new NotifyDisplayMessagesRequest
            {
                RequestId = st.RequestId,
                MessageInfo =
                [
                    new MessageInfoType
                    {
                        Id = ConfiguredId,
                        Priority = MessagePriorityEnumType.InFront,
                        State = MessageStateEnumType.Charging,
                        Message = new MessageContentType { Format = MessageFormatEnumType.UTF8, Content = "Welcome" },
                    },
                ],
            });
        }
    }

    /// <summary>The operator sets message <see cref="ConfiguredId"/> with the configured priority plus <paramref name="extra"/>; the station answers <paramref name="answer"/>.</summary>
    private static void Set(CaseScript s, string what, JsonObject extra, DisplayMessageStatusEnumType answer, Func<SetDisplayMessageRequest, bool>? check = null)
    {
        s.Operator($"Request the CSMS to set {what} (id {ConfiguredId}, priority {ConfiguredPriority})", api => api.Post("display-messages", Body(extra)));
        s.ExpectCall(V201Actions.SetDisplayMessage)
            .Where(r => r.Message.Id == ConfiguredId && r.Message.Priority == MessagePriorityEnumType.InFront)
            .Where(r => check == null || check(r))
            .Reply(_ => new SetDisplayMessageResponse { Status = answer });
    }

    /// <summary>
    /// A message for the running transaction: the operator names it by the central system's transaction number, the
    /// station must receive its own transactionId (TC_O_06 "Same ID as previously returned by the Charging Station").
    /// </summary>
    private static void ForTransaction(CaseScript s, JsonObject extra, Func<SetDisplayMessageRequest, bool> check, DisplayMessageStatusEnumType answer)
    {
        s.ValidToken();
        s.Booted();
        s.EVConnectedPreSession();
        s.Authorized(inTransaction: true);
        s.EnergyTransferStarted();
        s.Operator($"Request the CSMS to send a display message for the running transaction (id {ConfiguredId}, priority {ConfiguredPriority})", async api =>
        {
            var charger = await api.Get("/api/chargers/" + Uri.EscapeDataString(api.StationId)).ConfigureAwait(false);
            var body = Body(extra);
            body["transaction_id"] = charger.Number("transaction_id");
            return await api.Post("display-messages", body).ConfigureAwait(false);
        });
        s.ExpectCall(V201Actions.SetDisplayMessage)
            .Where((r, st) => r.Message.TransactionId == st.TransactionId && r.Message.Priority == MessagePriorityEnumType.InFront)
            .Where(check)
            .Reply(_ => new SetDisplayMessageResponse { Status = answer });
        s.StopAndUnplug(ReasonEnumType.EVDisconnected, TriggerReasonEnumType.EVCommunicationLost);
    }

    private static JsonObject Body(JsonObject extra)
    {
        var body = new JsonObject { ["id"] = ConfiguredId, ["priority"] = ConfiguredPriority, ["message"] = "Welcome" };
        foreach (var (name, value) in extra)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>A time <paramref name="hours"/> from now, as the API takes it.</summary>
    private static string Later(int hours) => DateTimeOffset.UtcNow.AddHours(hours).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
