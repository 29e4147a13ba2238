using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>1.6 configuration keys: GetConfiguration, ChangeConfiguration and the behaviour the values drive.</summary>
public sealed class ChargingStationConfigurationV16Tests
{
    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.8 GetConfiguration, §9.1")]
    public async Task GetConfiguration_AllKeys_ListsTheStandardKeysWithoutWriteOnlyOnes()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new GetConfigurationRequest());

        var keys = answer.ConfigurationKey!.ToDictionary(k => k.Key);
        foreach (var required in new[] { "AuthorizeRemoteTxRequests", "ClockAlignedDataInterval", "ConnectionTimeOut", "GetConfigurationMaxKeys", "HeartbeatInterval", "LocalAuthorizeOffline", "LocalPreAuthorize", "MeterValuesAlignedData", "MeterValuesSampledData", "MeterValueSampleInterval", "NumberOfConnectors", "ResetRetries", "StopTransactionOnInvalidId", "StopTxnAlignedData", "StopTxnSampledData", "SupportedFeatureProfiles", "TransactionMessageAttempts", "TransactionMessageRetryInterval", "UnlockConnectorOnEVSideDisconnect", "LocalAuthListEnabled", "LocalAuthListMaxLength", "SendLocalListMaxLength" })
        {
            Assert.True(keys.ContainsKey(required), required);
        }

        Assert.DoesNotContain("AuthorizationKey", keys.Keys);
        Assert.True(keys["NumberOfConnectors"].Readonly);
        Assert.Equal("1", keys["NumberOfConnectors"].Value);
        Assert.False(keys["HeartbeatInterval"].Readonly);
        Assert.Equal("300", keys["HeartbeatInterval"].Value);
        Assert.Null(answer.UnknownKey);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.8 unknownKey")]
    public async Task GetConfiguration_SomeKeys_AnswersKnownAndUnknownApart()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new GetConfigurationRequest { Key = ["MeterValueSampleInterval", "VendorMagic", "AuthorizationKey"] });

        Assert.Equal("60", Assert.Single(answer.ConfigurationKey!).Value);
        Assert.Equal(["VendorMagic", "AuthorizationKey"], answer.UnknownKey);
    }

    [Theory]
    [Trait("Spec", "OCPP 1.6 §5.3 ChangeConfiguration")]
    [InlineData("HeartbeatInterval", "60", ConfigurationStatus.Accepted)]
    [InlineData("HeartbeatInterval", "sixty", ConfigurationStatus.Rejected)]
    [InlineData("HeartbeatInterval", "0", ConfigurationStatus.Rejected)]
    [InlineData("NumberOfConnectors", "4", ConfigurationStatus.Rejected)]
    [InlineData("LocalPreAuthorize", "TRUE", ConfigurationStatus.Accepted)]
    [InlineData("LocalPreAuthorize", "yes", ConfigurationStatus.Rejected)]
    [InlineData("MeterValuesSampledData", "Energy.Active.Import.Register,Voltage", ConfigurationStatus.Accepted)]
    [InlineData("MeterValuesSampledData", "Energy.Active.Import.Register,Bogus", ConfigurationStatus.Rejected)]
    [InlineData("WebSocketPingInterval", "30", ConfigurationStatus.RebootRequired)]
    [InlineData("VendorMagic", "1", ConfigurationStatus.NotSupported)]
    [InlineData("heartbeatinterval", "60", ConfigurationStatus.NotSupported)]
    public async Task ChangeConfiguration_AnswersPerKeyRules(string key, string value, ConfigurationStatus expected)
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new ChangeConfigurationRequest { Key = key, Value = value });

        Assert.Equal(expected, answer.Status);
        var stored = await harness.Connector.Server.CallAsync(new GetConfigurationRequest { Key = [key] });
        if (expected is ConfigurationStatus.Accepted or ConfigurationStatus.RebootRequired)
        {
            Assert.Equal(value.ToLowerInvariant() == "true" ? "true" : value, Assert.Single(stored.ConfigurationKey!).Value);
        }
        else if (stored.ConfigurationKey is { } known)
        {
            Assert.NotEqual(value, Assert.Single(known).Value);
        }
    }

    [Theory]
    [Trait("Spec", "OCPP 1.6 security white paper, AuthorizationKey: the hexadecimal text of a 16-20 byte secret")]
    [InlineData("6E65772D70617373776F72642D37363534333231", ConfigurationStatus.Accepted)] // "new-password-7654321"
    [InlineData("new-password-7654321", ConfigurationStatus.Rejected)] // not hexadecimal
    [InlineData("6E65772D70617373", ConfigurationStatus.Rejected)] // 8 bytes: under 16
    [InlineData("FFFEFDFCFBFAF9F8F7F6F5F4F3F2F1F0", ConfigurationStatus.Rejected)] // 16 bytes, not UTF-8 text
    public async Task ChangeConfiguration_AuthorizationKey_IsTakenAsTheHexOfThePassword(string value, ConfigurationStatus expected)
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new ChangeConfigurationRequest { Key = "AuthorizationKey", Value = value });

        Assert.Equal(expected, answer.Status);
        var password = ((Protocol.IStationControl)harness.Station).Settings.Get(SharpCharge.Station.Configuration.Setting.BasicAuthPassword);
        Assert.Equal(expected == ConfigurationStatus.Accepted ? "new-password-7654321" : "", password);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §9.1.15 HeartbeatInterval")]
    public async Task ChangeConfiguration_HeartbeatInterval_ChangesTheHeartbeatPace()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem16(time));

        await harness.Connector.Server.CallAsync(new ChangeConfigurationRequest { Key = "HeartbeatInterval", Value = "20" });
        // The beat already waiting keeps its old interval; the next ones use the new one.
        await harness.AdvanceUntilAsync(() => central!.All<HeartbeatRequest>().Count >= 1, TimeSpan.FromSeconds(5));
        var first = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => central!.All<HeartbeatRequest>().Count >= 3, TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(20), harness.Station.HeartbeatInterval);
        Assert.InRange(harness.Time.GetUtcNow() - first, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(50));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §9.1.19 MeterValuesSampledData, §9.1.20 MeterValueSampleInterval")]
    public async Task ChangeConfiguration_SampledDataAndInterval_DriveTheNextSamples()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem16(time));
        await harness.Connector.Server.CallAsync(new ChangeConfigurationRequest { Key = "MeterValuesSampledData", Value = "Voltage,Frequency" });
        await harness.Connector.Server.CallAsync(new ChangeConfigurationRequest { Key = "MeterValueSampleInterval", Value = "15" });
        await harness.Station.StartSessionAsync(1, "TAG-1");
        var started = harness.Time.GetUtcNow();

        await harness.AdvanceUntilAsync(() => central!.All<MeterValuesRequest>().Count >= 2, TimeSpan.FromSeconds(5));

        var samples = central!.All<MeterValuesRequest>();
        Assert.Equal([Measurand.Voltage, Measurand.Voltage, Measurand.Voltage, Measurand.Frequency], samples[0].MeterValue[0].SampledValue.Select(v => v.Measurand!.Value));
        Assert.Equal(TimeSpan.FromSeconds(15), samples[0].MeterValue[0].Timestamp - started);
        Assert.Equal(TimeSpan.FromSeconds(15), samples[1].MeterValue[0].Timestamp - samples[0].MeterValue[0].Timestamp);
    }

    private static async Task<StationHarness> StartAsync(Func<TimeProvider, MiniCentralSystem16>? central = null)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central ?? (t => new MiniCentralSystem16(t)))(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
