using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V16.V16States;

namespace SharpCharge.Simulator.Conformance.Cases.V16;

/// <summary>Core profile without transactions: boot, reset, unlock, configuration, cache, data transfer (OCA 1.6 TC_0xx_CSMS).</summary>
internal static class V16CoreCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_001_CSMS", "Cold boot charge point", s => s.Booted());

        yield return Case("TC_013_CSMS", "Hard reset without transaction", s => Reset(s, "hard", ResetType.Hard));
        yield return Case("TC_014_CSMS", "Soft reset without transaction", s => Reset(s, "soft", ResetType.Soft));

        yield return Case("TC_017_1_CSMS", "Unlock connector - no charging session running (not fixed cable)", s => Unlock(s, UnlockStatus.Unlocked));
        yield return Case("TC_030_CSMS", "Unlock connector - unlock failure", s => Unlock(s, UnlockStatus.UnlockFailed));
        yield return Case("TC_031_CSMS", "Unlock connector - unknown connector", s => Unlock(s, UnlockStatus.NotSupported));

        yield return Case("TC_019_1_CSMS", "Retrieve all configuration keys", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get all configuration keys", api => api.Get("configuration"));
            s.ExpectCall(V16Actions.GetConfiguration).Where(r => r.Key == null || r.Key.Count == 0)
                .Reply(_ => new GetConfigurationResponse { ConfigurationKey = [new KeyValue { Key = "HeartbeatInterval", Readonly = false, Value = "300" }, new KeyValue { Key = "NumberOfConnectors", Readonly = true, Value = "1" }] });
        });

        yield return Case("TC_019_2_CSMS", "Retrieve specific configuration key", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the configuration key SupportedFeatureProfiles", api => api.Get("configuration?key=SupportedFeatureProfiles"));
            s.ExpectCall(V16Actions.GetConfiguration).Where(r => r.Key != null && r.Key.Count == 1 && r.Key[0] == "SupportedFeatureProfiles")
                .Reply(_ => new GetConfigurationResponse { ConfigurationKey = [new KeyValue { Key = "SupportedFeatureProfiles", Readonly = true, Value = "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger" }] });
        });

        yield return Case("TC_021_CSMS", "Change/set configuration", s => ChangeConfiguration(s, "MeterValueSampleInterval", "60", ConfigurationStatus.Accepted));
        yield return Case("TC_040_1_CSMS", "Configuration keys - NotSupported", s => ChangeConfiguration(s, "VendorUnknownKey", "1", ConfigurationStatus.NotSupported));
        yield return Case("TC_040_2_CSMS", "Configuration keys - Invalid value", s => ChangeConfiguration(s, "MeterValueSampleInterval", "-1", ConfigurationStatus.Rejected));

        yield return Case("TC_061_CSMS", "Clear authorization data in authorization cache", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to clear the authorization cache", api => api.Post("clear-cache"));
            s.ExpectCall(V16Actions.ClearCache).Reply(_ => new ClearCacheResponse { Status = ClearCacheStatus.Accepted });
        });

        yield return Case("TC_064_CSMS", "Data transfer to a central system", s =>
        {
            s.Booted();
            s.Send(_ => new DataTransferRequest { VendorId = "org.example.conformance", MessageId = "Unknown", Data = "1" })
                .Expect(r => r.Status is DataTransferStatus.Rejected or DataTransferStatus.UnknownVendorId or DataTransferStatus.UnknownMessageId);
        });
    }

    private static void Reset(CaseScript s, string apiType, ResetType expected)
    {
        s.Booted();
        s.Operator($"Request the CSMS to send a {expected} reset", api => api.Post("reset", new JsonObject { ["type"] = apiType }));
        s.ExpectCall(V16Actions.Reset).Where(r => r.Type == expected).Reply(_ => new ResetResponse { Status = ResetStatus.Accepted });
        s.Reconnect();
        s.Booted();
    }

    private static void Unlock(CaseScript s, UnlockStatus answer)
    {
        s.Booted();
        s.Operator("Request the CSMS to unlock connector 1", api => api.Post("unlock", new JsonObject { ["evse_id"] = Connector }));
        s.ExpectCall(V16Actions.UnlockConnector).Where(r => r.ConnectorId == Connector).Reply(_ => new UnlockConnectorResponse { Status = answer });
    }

    private static void ChangeConfiguration(CaseScript s, string key, string value, ConfigurationStatus answer)
    {
        s.Booted();
        s.Operator($"Request the CSMS to set configuration key {key} to {value}", api => api.Put("configuration", new JsonObject { ["key"] = key, ["value"] = value }));
        s.ExpectCall(V16Actions.ChangeConfiguration).Where(r => r.Key == key && r.Value == value).Reply(_ => new ChangeConfigurationResponse { Status = answer });
    }
}
