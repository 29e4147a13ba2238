using System.Globalization;
using System.Text.Json;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station;
using SharpCharge.Station.Model;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

/// <summary>
/// Every command of the REST API sent through the real central system to a station of the charge point library,
/// asserting what the station did and what the central system stored. One central system per version
/// (<see cref="CsmsForStations"/>); each test has its own charger.
/// </summary>
public abstract partial class StationCommandsTests(CsmsForStations csms)
{
    private protected CsmsServer Server => csms.Server;

    private protected abstract OcppVersion Version { get; }

    /// <summary>How the version names the central system's root certificate.</summary>
    private protected string CsmsRootType => Version == OcppVersion.V16 ? "CentralSystemRootCertificate" : "CSMSRootCertificate";

    [Fact]
    [Trait("Spec", "1.6 RemoteStartTransaction / RemoteStopTransaction; 2.x F01, F03")]
    public async Task StartAndStop_TheCentralSystemStoresTheSessionWithItsMeterValues()
    {
        var id = Id("START");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);

        var start = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/start", $$"""{"id_token":"{{id}}","evse_id":1}""");
        Assert.Equal("success", Str(start, "status"));
        var transactionId = start.GetProperty("transaction_id").GetInt64();
        Assert.Equal(ConnectorStatus.Charging, station.GetConnectorStatus(1));
        var transactions = Server.Get<ITransactionService>();
        await Eventually.TrueAsync(async () => (await PeriodicEnergyAsync(transactions, transactionId)).Count >= 2);

        var stop = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/stop", $$"""{"transaction_id":{{transactionId}}}""");
        await Eventually.TrueAsync(() => Task.FromResult(station.QueuedMessageCount == 0));

        Assert.Equal("success", Str(stop, "status"));
        Assert.Equal(ConnectorStatus.Available, station.GetConnectorStatus(1));
        var stored = (await transactions.GetAsync(transactionId, CancellationToken.None))!;
        Assert.Equal((TransactionState.Ended, id), (stored.State, stored.IdToken));
        var register = Version == OcppVersion.V16 ? decimal.Floor(station.GetEnergyWh(1)) : station.GetEnergyWh(1);
        Assert.Equal(register - stored.MeterStartWh, stored.EnergyWh);
        Assert.True(stored.EnergyWh > 0, "The session delivered energy.");
        var energy = await PeriodicEnergyAsync(transactions, transactionId);
        Assert.Equal(energy.Order(), energy);
    }

    [Fact]
    [Trait("Spec", "1.6 Reset; 2.x B11, B12")]
    public async Task Reset_TheStationClosesReconnectsAndBootsAgain()
    {
        var id = Id("RESET");
        await using var station = await StartAsync(id);
        var events = new StationEvents(station);
        using var api = new CommandApi(Server);

        var reset = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/reset", """{"type":"soft"}""");
        await Eventually.TrueAsync(() => Task.FromResult(events.Count(StationEventKind.BootAnswered) == 1 && station.IsOnline));

        Assert.Equal(("success", "Accepted"), (Str(reset, "status"), Str(reset, "charger_status")));
        Assert.Equal(1, events.Count(StationEventKind.Disconnected));
        var boots = await Server.Get<IChargerEventService>().ListBootLogAsync(id, 10, CancellationToken.None);
        Assert.Equal(2, boots.Count);
    }

    [Fact]
    [Trait("Spec", "1.6 ChangeConfiguration / GetConfiguration; 2.x B05 SetVariables, B06 GetVariables")]
    public async Task Configuration_ChangesTheStationsValue()
    {
        var id = Id("CONFIG");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);

        JsonElement changed, read;
        if (Version == OcppVersion.V16)
        {
            changed = await api.OkAsync(HttpMethod.Put, $"api/chargers/{id}/configuration", """{"key":"HeartbeatInterval","value":"123"}""");
            read = (await api.OkAsync(HttpMethod.Get, $"api/chargers/{id}/configuration?key=HeartbeatInterval")).GetProperty("keys")[0];
            var readOnly = await api.OkAsync(HttpMethod.Put, $"api/chargers/{id}/configuration", """{"key":"NumberOfConnectors","value":"5"}""");
            Assert.Equal("Rejected", Str(readOnly, "charger_status"));
        }
        else
        {
            changed = await api.OkAsync(HttpMethod.Put, $"api/chargers/{id}/variables", """{"variables":[{"component":"OCPPCommCtrlr","variable":"HeartbeatInterval","value":"123"}]}""");
            read = (await api.OkAsync(HttpMethod.Get, $"api/chargers/{id}/variables?component=OCPPCommCtrlr&variable=HeartbeatInterval")).GetProperty("variables")[0];
        }

        Assert.Equal("success", Str(changed, "status"));
        Assert.Equal(TimeSpan.FromSeconds(123), station.HeartbeatInterval);
        Assert.Equal("123", Str(read, "value"));
    }

    [Fact]
    [Trait("Spec", "1.6 UpdateFirmware / GetDiagnostics; 2.x L01, N01")]
    public async Task FirmwareAndDiagnostics_TheCentralSystemRecordsEveryStatus()
    {
        var id = Id("FW");
        await using var station = await StartAsync(id);
        var events = new StationEvents(station);
        using var api = new CommandApi(Server);

        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var firmware = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/firmware", $$"""{"location":"https://fw.example/2.bin","retrieve_at":"{{now}}"}""");
        await FollowUpAsync(api, firmware, "Installed");
        var diagnostics = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/diagnostics", """{"location":"https://logs.example/up"}""");
        await FollowUpAsync(api, diagnostics, "Uploaded");

        // The installation rebooted the station: it booted again.
        Assert.Equal(1, events.Count(StationEventKind.BootAnswered));
        var statuses = (await Server.Get<IChargerEventService>().ListStatusEventsAsync(id, null, 50, CancellationToken.None)).Select(e => e.Status).ToList();
        Assert.Contains("Downloading", statuses);
        Assert.Contains("Installing", statuses);
        Assert.Contains("Uploading", statuses);
    }

    [Fact]
    [Trait("Spec", "1.6 ChangeAvailability, UnlockConnector, TriggerMessage, ClearCache, DataTransfer; 2.x G03, F05, F06, C11, P01")]
    public async Task AvailabilityUnlockTriggerCacheAndDataTransfer_HaveTheirEffect()
    {
        var id = Id("OPS");
        await using var station = await StartAsync(id, o => o.DataTransferHandler = (vendor, message, data) => vendor == "com.acme" ? ("Accepted", $"pong {data}") : ("UnknownVendorId", null));
        var events = new StationEvents(station);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";

        var inoperative = await api.OkAsync(HttpMethod.Post, $"{charger}/availability", """{"operative":false,"evse_id":1}""");
        Assert.Equal(ConnectorStatus.Unavailable, station.GetConnectorStatus(1));
        await Eventually.TrueAsync(async () => Str((await api.OkAsync(HttpMethod.Get, charger)).GetProperty("connectors")[0], "status") == "unavailable");
        await api.OkAsync(HttpMethod.Post, $"{charger}/availability", """{"operative":true,"evse_id":1}""");
        Assert.Equal(ConnectorStatus.Available, station.GetConnectorStatus(1));

        var unlock = await api.OkAsync(HttpMethod.Post, $"{charger}/unlock", """{"evse_id":1,"connector_id":1}""");
        var trigger = await api.OkAsync(HttpMethod.Post, $"{charger}/trigger", """{"requested_message":"Heartbeat"}""");
        await Eventually.TrueAsync(() => Task.FromResult(events.Count(StationEventKind.MessageDelivered, e => e.Action == "Heartbeat") == 1));
        var cache = await api.OkAsync(HttpMethod.Post, $"{charger}/clear-cache");
        var transfer = await api.OkAsync(HttpMethod.Post, $"{charger}/data-transfer", """{"vendor_id":"com.acme","message_id":"Ping","data":"7"}""");
        var unknownVendor = await api.OkAsync(HttpMethod.Post, $"{charger}/data-transfer", """{"vendor_id":"org.other"}""");

        Assert.Equal("Accepted", Str(inoperative, "charger_status"));
        Assert.Equal("Unlocked", Str(unlock, "charger_status"));
        Assert.Equal("Accepted", Str(trigger, "charger_status"));
        Assert.Equal("Accepted", Str(cache, "charger_status"));
        Assert.Single(events.All(StationEventKind.LocalAuthorizationChanged));
        Assert.Equal("Accepted", Str(transfer, "charger_status"));
        Assert.Contains("pong 7", transfer.GetProperty("data").ToString(), StringComparison.Ordinal);
        Assert.Equal("UnknownVendorId", Str(unknownVendor, "charger_status"));
    }

    [Fact]
    [Trait("Spec", "1.6 ReserveNow, CancelReservation, SendLocalList, GetLocalListVersion; 2.x H01, H02, D01, D02")]
    public async Task ReservationsAndLocalList_AreHeldByTheStation()
    {
        var id = Id("RSV");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToString("O", CultureInfo.InvariantCulture);

        var reserve = await api.OkAsync(HttpMethod.Post, $"{charger}/reservations", $$"""{"reservation_id":77,"id_token":"TAG-1","expires_at":"{{expires}}","evse_id":1}""");
        Assert.Equal(ConnectorStatus.Reserved, station.GetConnectorStatus(1));
        var cancel = await api.OkAsync(HttpMethod.Delete, $"{charger}/reservations/77");
        var cancelAgain = await api.OkAsync(HttpMethod.Delete, $"{charger}/reservations/77");

        Assert.Equal("Accepted", Str(reserve, "charger_status"));
        Assert.Equal(("success", "rejected"), (Str(cancel, "status"), Str(cancelAgain, "status")));
        Assert.Equal(ConnectorStatus.Available, station.GetConnectorStatus(1));

        Assert.Equal(0, (await api.OkAsync(HttpMethod.Get, $"{charger}/local-list")).GetProperty("version").GetInt32());
        var list = await api.OkAsync(HttpMethod.Post, $"{charger}/local-list", """{"version":3,"update_type":"full","entries":[{"id_token":"TAG-L","status":"Accepted"}]}""");
        Assert.Equal("Accepted", Str(list, "charger_status"));
        Assert.Equal(3, (await api.OkAsync(HttpMethod.Get, $"{charger}/local-list")).GetProperty("version").GetInt32());
    }

    [Fact]
    [Trait("Spec", "1.6 SetChargingProfile, ClearChargingProfile, GetCompositeSchedule; 2.x K01, K10, K08")]
    public async Task PowerLimit_LimitsTheSessionAndShowsInTheCompositeSchedule()
    {
        var id = Id("POWER");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";

        var power = await api.OkAsync(HttpMethod.Patch, $"{charger}/power", """{"max_power_kw":3.7}""");
        var schedule = await api.OkAsync(HttpMethod.Get, $"{charger}/composite-schedule?evse_id=1&duration=600&rate_unit=W");
        await api.OkAsync(HttpMethod.Post, $"{charger}/start", $$"""{"id_token":"{{id}}","evse_id":1}""");
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) > 0));

        Assert.Equal("success", Str(power, "status"));
        Assert.Equal(3700m, schedule.GetProperty("periods")[0].GetProperty("limit").GetDecimal());
        Assert.InRange(station.GetPowerW(1), 1m, 3700m);

        var cleared = await api.OkAsync(HttpMethod.Delete, $"{charger}/charging-profiles");
        Assert.Equal("Accepted", Str(cleared, "charger_status"));
        await Eventually.TrueAsync(() => Task.FromResult(station.GetPowerW(1) > 3700m));
    }

    [Fact]
    [Trait("Spec", "1.6 security / 2.x M05 InstallCertificate, M03 GetInstalledCertificateIds, M04 DeleteCertificate, A02 trigger")]
    public async Task Certificates_InstallListDeleteAndSigningRequest()
    {
        var id = Id("CERT");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);
        var charger = $"api/chargers/{id}";
        var root = TestCertificates.Root(DateTimeOffset.UtcNow);
        var expected = TestCertificates.HashDataOf(root);

        var install = await api.OkAsync(HttpMethod.Post, $"{charger}/certificates", JsonSerializer.Serialize(new Dictionary<string, string> { ["certificate_type"] = CsmsRootType, ["certificate"] = root.ExportCertificatePem() }));
        var listed = await api.OkAsync(HttpMethod.Get, $"{charger}/certificates?certificate_type={CsmsRootType}");

        Assert.Equal("Accepted", Str(install, "charger_status"));
        Assert.Equal(1, station.CertificateCount);
        var hash = listed.GetProperty("certificates")[0];
        Assert.Equal(("SHA256", expected.IssuerNameHash, expected.IssuerKeyHash, "FFF"), (Str(hash, "hash_algorithm"), Str(hash, "issuer_name_hash"), Str(hash, "issuer_key_hash"), Str(hash, "serial_number")));

        var delete = await api.OkAsync(HttpMethod.Delete, $"{charger}/certificates?hash_algorithm=SHA256&issuer_name_hash={expected.IssuerNameHash}&issuer_key_hash={expected.IssuerKeyHash}&serial_number=FFF");
        Assert.Equal("Accepted", Str(delete, "charger_status"));
        Assert.Equal(0, station.CertificateCount);

        var sign = Version == OcppVersion.V16 ? "SignChargePointCertificate" : "SignChargingStationCertificate";
        var trigger = await api.OkAsync(HttpMethod.Post, $"{charger}/trigger", $$"""{"requested_message":"{{sign}}"}""");
        Assert.Equal("Accepted", Str(trigger, "charger_status"));
        var events = Server.Get<IChargerEventService>();
        await Eventually.TrueAsync(async () => (await events.ListCertificateSigningRequestsAsync(id, 10, CancellationToken.None)).Count == 1);
        var csr = (await events.ListCertificateSigningRequestsAsync(id, 10, CancellationToken.None))[0].Csr;
        var request = System.Security.Cryptography.X509Certificates.CertificateRequest.LoadSigningRequestPem(csr, System.Security.Cryptography.HashAlgorithmName.SHA256);
        Assert.Contains($"CN={id}", request.SubjectName.Name, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Spec", "2.0.1 A01.FR.02, A01.FR.03, A01.FR.09; 1.6 AuthorizationKey (security white paper, configuration keys)")]
    public async Task Password_TheStationGetsTheNewOneAndReconnectsWithIt_TheOldOneIsRefused()
    {
        var id = Id("PWD");
        const string Old = "old-password-0000001";
        const string New = "new-password-7654321";
        var chargers = Server.Get<SharpCharge.Csms.Domain.Stations.IChargerService>();
        await chargers.RegisterAsync(id, SharpCharge.Csms.Domain.Stations.ChargerRegistrationStatus.Accepted, CancellationToken.None);
        await chargers.SetPasswordAsync(id, Old, CancellationToken.None);
        await using var station = await StartAsync(id, o => o.Password = Old);
        var events = new StationEvents(station);
        using var api = new CommandApi(Server);

        var rotated = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/password", $$"""{"password":"{{New}}"}""");
        var reset = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/reset", """{"type":"soft"}""");
        await Eventually.TrueAsync(() => Task.FromResult(events.Count(StationEventKind.BootAnswered) == 1 && station.IsOnline));
        var history = await api.OkAsync(HttpMethod.Get, $"api/commands/{rotated.GetProperty("command_id").GetInt64()}");

        Assert.Equal(("success", "Accepted"), (Str(rotated, "status"), Str(rotated, "charger_status")));
        Assert.Equal("success", Str(reset, "status"));
        var uri = new Uri($"ws://127.0.0.1:{Server.OcppPort}/ocpp/{id}");
        Assert.Equal(401, await TestCharger.RefusedStatusAsync(uri, [SharpCharge.Ocpp.Transport.OcppSubProtocols.ToSubProtocol(Version)], id, Old));
        var request = history.GetProperty("request").ToString();
        Assert.DoesNotContain(New, request, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(New)), request, StringComparison.Ordinal);
        Assert.Contains("***", request, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Spec", "2.0.1 A00.FR.205; 1.6 AuthorizationKey 16-20 bytes")]
    public async Task Password_AnInvalidOneIsRefusedBeforeAnythingIsSent()
    {
        var id = Id("PWD-BAD");
        await using var station = await StartAsync(id);
        using var api = new CommandApi(Server);

        var (tooShort, tooShortProblem) = await api.PostAsync($"api/chargers/{id}/password", """{"password":"short"}""");
        var (badCharacter, _) = await api.PostAsync($"api/chargers/{id}/password", """{"password":"has a space in it 12345"}""");
        var commands = await api.OkAsync(HttpMethod.Get, $"api/commands?charger_id={id}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooShort);
        Assert.True(tooShortProblem.GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badCharacter);
        Assert.DoesNotContain("ChangePassword", commands.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtocolTrace_CommandFromTheCentralSystem_IsTracedOnTheStationSide_RecvThenSend()
    {
        var id = Id("TRACE");
        using var written = new LockedWriter();
        using var provider = new SharpCharge.Ocpp.Diagnostics.OcppTraceLoggerProvider(written);
        var trace = new SharpCharge.Ocpp.Diagnostics.OcppProtocolTrace(
            provider.CreateLogger(SharpCharge.Ocpp.Diagnostics.OcppProtocolTrace.Category), SharpCharge.Ocpp.Diagnostics.OcppTraceSide.Charger);
        await using var station = await StartAsync(id, o => o.ProtocolTrace = trace);
        using var api = new CommandApi(Server);

        var cache = await api.OkAsync(HttpMethod.Post, $"api/chargers/{id}/clear-cache");

        Assert.Equal("Accepted", Str(cache, "charger_status"));
        // Not trimmed: an envelope line ends with the space before its (empty) detail.
        var lines = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var call = Assert.Single(lines, l => l.Contains($"[OCPP-CALL-RECV] charger={id} action=ClearCache id=", StringComparison.Ordinal));
        var messageId = call[(call.IndexOf(" id=", StringComparison.Ordinal) + 4)..].Trim();
        var tags = lines.Where(l => l.Contains($" action=ClearCache id={messageId} ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1])
            .ToArray();
        Assert.Equal(["[OCPP-CALL-RECV]", "[OCPP-PAYLOAD-RECV]", "[CHARGER-RECV]", "[OCPP-CALLRESULT-SEND]", "[OCPP-RESPONSE-SEND]", "[CHARGER-SEND]"], tags);
        Assert.Contains(lines, l => l.Contains($"[OCPP-RAW-RECV] charger={id} ", StringComparison.Ordinal) && l.Contains($"\"{messageId}\",\"ClearCache\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("ERROR-", StringComparison.Ordinal) || l.Contains("[SERVER-", StringComparison.Ordinal));
    }

    /// <summary>Collects the trace while the station keeps writing to it from its own threads.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }

    private protected string Id(string what) => $"SC{Version switch { OcppVersion.V16 => "16", OcppVersion.V201 => "201", _ => "21" }}-{what}";

    /// <summary>A station of this version for the shared central system, online and accepted.</summary>
    private protected async Task<ChargingStation> StartAsync(string id, Action<ChargingStationOptions>? configure = null)
    {
        var options = new ChargingStationOptions
        {
            Id = id,
            CsmsUri = new Uri($"ws://127.0.0.1:{Server.OcppPort}/ocpp"),
            Version = Version,
            MeterValueInterval = TimeSpan.FromSeconds(1),
            FileTransferDelay = TimeSpan.FromMilliseconds(50),
            ResetGrace = TimeSpan.FromSeconds(2),
            CallTimeout = TimeSpan.FromSeconds(10),
            Reconnect = new ReconnectBackOffOptions { MinimumWait = TimeSpan.FromMilliseconds(100), RandomRange = TimeSpan.FromMilliseconds(100) },
            RandomSeed = 7,
        };
        configure?.Invoke(options);

        // Each charger has its own accepted token (its id): a session a test leaves running holds only its own token.
        await Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord(id, "ISO14443", IdTokenStatus.Accepted), CancellationToken.None);
        var station = new ChargingStation(options);
        await station.StartAsync();
        await Eventually.TrueAsync(() => Task.FromResult(station.IsOnline));
        await Eventually.TrueAsync(() => Task.FromResult(station.QueuedMessageCount == 0));
        return station;
    }

    private protected static string? Str(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<List<decimal>> PeriodicEnergyAsync(ITransactionService transactions, long transactionId)
        => [.. (await transactions.GetMeterValuesAsync(transactionId, CancellationToken.None))
            .Where(s => s.Sample.Context == "Sample.Periodic" && s.Sample.Measurand == "Energy.Active.Import.Register")
            .Select(s => s.Sample.Value ?? 0m)];

    /// <summary>Waits for the command's follow-up status (the charger's progress notifications) to reach <paramref name="final"/>.</summary>
    private static async Task FollowUpAsync(CommandApi api, JsonElement command, string final)
    {
        var commandId = command.GetProperty("command_id").GetInt64();
        await Eventually.TrueAsync(async () => Str(await api.OkAsync(HttpMethod.Get, $"api/commands/{commandId}"), "follow_up_status") == final);
    }
}
