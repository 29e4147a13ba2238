using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Station.Model;
using SharpCharge.Station.Tests.Support;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Station.Tests;

/// <summary>Authorization: the local list, the cache, offline rules and authorizing remote starts.</summary>
public sealed class ChargingStationAuthorizationTests
{
    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.15 SendLocalList, §5.10 GetLocalListVersion")]
    public async Task V16_SendLocalList_FullThenDifferential_FollowsTheVersionRules()
    {
        await using var harness = await StartV16Async();
        var server = harness.Connector.Server;

        var empty = await server.CallAsync(new V16.GetLocalListVersionRequest());
        var full = await server.CallAsync(new V16.SendLocalListRequest { ListVersion = 3, UpdateType = V16.UpdateType.Full, LocalAuthorizationList = [Entry16("LIST-1"), Entry16("LIST-2")] });
        var stale = await server.CallAsync(new V16.SendLocalListRequest { ListVersion = 3, UpdateType = V16.UpdateType.Differential, LocalAuthorizationList = [Entry16("LIST-3")] });
        var duplicate = await server.CallAsync(new V16.SendLocalListRequest { ListVersion = 9, UpdateType = V16.UpdateType.Full, LocalAuthorizationList = [Entry16("LIST-1"), Entry16("list-1")] });
        var removal = await server.CallAsync(new V16.SendLocalListRequest { ListVersion = 4, UpdateType = V16.UpdateType.Differential, LocalAuthorizationList = [new V16.AuthorizationData { IdTag = "LIST-2" }] });
        var version = await server.CallAsync(new V16.GetLocalListVersionRequest());
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "LocalAuthListEnabled", Value = "false" });
        var off = await server.CallAsync(new V16.SendLocalListRequest { ListVersion = 5, UpdateType = V16.UpdateType.Full });
        var offVersion = await server.CallAsync(new V16.GetLocalListVersionRequest());

        Assert.Equal(0, empty.ListVersion);
        Assert.Equal(V16.UpdateStatus.Accepted, full.Status);
        Assert.Equal(V16.UpdateStatus.VersionMismatch, stale.Status);
        Assert.Equal(V16.UpdateStatus.Failed, duplicate.Status);
        Assert.Equal(V16.UpdateStatus.Accepted, removal.Status);
        Assert.Equal(4, version.ListVersion);
        Assert.Equal(V16.UpdateStatus.NotSupported, off.Status);
        Assert.Equal(-1, offVersion.ListVersion);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.5, OCPP-NOTES §4.4 LocalPreAuthorize")]
    public async Task V16_LocalPreAuthorize_ListedTagStartsWithoutAuthorize()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartV16Async(time => central = new MiniCentralSystem16(time));
        await harness.Connector.Server.CallAsync(new V16.SendLocalListRequest { ListVersion = 1, UpdateType = V16.UpdateType.Full, LocalAuthorizationList = [Entry16("LIST-1")] });
        await harness.Connector.Server.CallAsync(new V16.ChangeConfigurationRequest { Key = "LocalPreAuthorize", Value = "true" });

        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "LIST-1"));

        Assert.Empty(central!.All<V16.AuthorizeRequest>());
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §3.5 LocalAuthorizeOffline, AllowOfflineTxForUnknownId, ClearCache")]
    public async Task V16_Offline_CacheAndListDecide_UnknownTagsFollowTheSetting()
    {
        await using var harness = await StartV16Async();
        var server = harness.Connector.Server;
        await server.CallAsync(new V16.SendLocalListRequest
        {
            ListVersion = 1,
            UpdateType = V16.UpdateType.Full,
            LocalAuthorizationList = [Entry16("LIST-OK"), new V16.AuthorizationData { IdTag = "LIST-BLOCKED", IdTagInfo = new V16.IdTagInfo { Status = V16.AuthorizationStatus.Blocked } }],
        });
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "AllowOfflineTxForUnknownId", Value = "false" });
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "LocalAuthListEnabled", Value = "true" });

        // Online: TAG-1 is authorized by the central system and cached.
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        harness.Station.StopSession(1);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));
        await GoOfflineAsync(harness);

        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "TAG-1"));
        harness.Station.StopSession(1);
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "LIST-OK"));
        harness.Station.StopSession(1);
        Assert.Equal(SessionStartOutcome.NotAuthorized, await harness.Station.StartSessionAsync(1, "LIST-BLOCKED"));
        Assert.Equal(SessionStartOutcome.NotAuthorized, await harness.Station.StartSessionAsync(1, "STRANGER"));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.4 ClearCache")]
    public async Task V16_ClearCache_ForgetsCachedTags_RejectedWhenTheCacheIsOff()
    {
        await using var harness = await StartV16Async();
        var server = harness.Connector.Server;
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "AllowOfflineTxForUnknownId", Value = "false" });
        await harness.Station.StartSessionAsync(1, "TAG-1");
        harness.Station.StopSession(1);
        // The StopTransaction answer caches the tag again: let it arrive before the cache is cleared.
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));

        var cleared = await server.CallAsync(new V16.ClearCacheRequest());
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "AuthorizationCacheEnabled", Value = "false" });
        var off = await server.CallAsync(new V16.ClearCacheRequest());
        await server.CallAsync(new V16.ChangeConfigurationRequest { Key = "AuthorizationCacheEnabled", Value = "true" });
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.QueuedMessageCount == 0));
        await GoOfflineAsync(harness);

        Assert.Equal(V16.ClearCacheStatus.Accepted, cleared.Status);
        Assert.Equal(V16.ClearCacheStatus.Rejected, off.Status);
        Assert.Equal(SessionStartOutcome.NotAuthorized, await harness.Station.StartSessionAsync(1, "TAG-1"));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §5.11 AuthorizeRemoteTxRequests")]
    public async Task V16_AuthorizeRemoteTxRequests_AuthorizesBeforeStarting()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartV16Async(time => central = new MiniCentralSystem16(time));
        await harness.Connector.Server.CallAsync(new V16.ChangeConfigurationRequest { Key = "AuthorizeRemoteTxRequests", Value = "true" });

        var refused = await harness.Connector.Server.CallAsync(new V16.RemoteStartTransactionRequest { IdTag = "STRANGER", ConnectorId = 1 });
        var accepted = await harness.Connector.Server.CallAsync(new V16.RemoteStartTransactionRequest { IdTag = "TAG-1", ConnectorId = 1 });

        Assert.Equal(V16.RemoteStartStopStatus.Rejected, refused.Status);
        Assert.Equal(V16.RemoteStartStopStatus.Accepted, accepted.Status);
        Assert.Equal(["STRANGER", "TAG-1"], central!.All<V16.AuthorizeRequest>().Select(a => a.IdTag));
        await Eventually.TrueAsync(() => Task.FromResult(central.All<V16.StartTransactionRequest>().Count == 1));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.5 StopTransactionOnInvalidId = false")]
    public async Task V16_StartRefusedWithStopOnInvalidIdOff_SuspendsInsteadOfStopping()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartV16Async(time => central = new MiniCentralSystem16(time));
        await harness.Connector.Server.CallAsync(new V16.ChangeConfigurationRequest { Key = "StopTransactionOnInvalidId", Value = "false" });

        await harness.Connector.Server.CallAsync(new V16.RemoteStartTransactionRequest { IdTag = "STRANGER", ConnectorId = 1 });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<V16.StatusNotificationRequest>().Any(s => s.Status == V16.ChargePointStatus.SuspendedEVSE)));

        Assert.Empty(central!.All<V16.StopTransactionRequest>());
        Assert.Equal(ConnectorStatus.SuspendedEVSE, harness.Station.GetConnectorStatus(1));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 D01, D02, C11.FR.04")]
    public async Task V201_SendLocalListAndClearCache_FollowTheRules()
    {
        await using var harness = await StartV201Async();
        var server = harness.Connector.Server;

        var full = await server.CallAsync(new V201.SendLocalListRequest { VersionNumber = 2, UpdateType = V201.UpdateEnumType.Full, LocalAuthorizationList = [Entry201("LIST-1")] });
        var stale = await server.CallAsync(new V201.SendLocalListRequest { VersionNumber = 1, UpdateType = V201.UpdateEnumType.Differential, LocalAuthorizationList = [Entry201("LIST-2")] });
        var version = await server.CallAsync(new V201.GetLocalListVersionRequest());
        var cleared = await server.CallAsync(new V201.ClearCacheRequest());
        await server.CallAsync(new V201.SetVariablesRequest { SetVariableData = [new V201.SetVariableDataType { Component = new V201.ComponentType { Name = "AuthCacheCtrlr" }, Variable = new V201.VariableType { Name = "Enabled" }, AttributeValue = "false" }] });
        var off = await server.CallAsync(new V201.ClearCacheRequest());

        Assert.Equal(V201.SendLocalListStatusEnumType.Accepted, full.Status);
        Assert.Equal(V201.SendLocalListStatusEnumType.VersionMismatch, stale.Status);
        Assert.Equal(2, version.VersionNumber);
        Assert.Equal(V201.ClearCacheStatusEnumType.Accepted, cleared.Status);
        Assert.Equal(V201.ClearCacheStatusEnumType.Rejected, off.Status);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 F01.FR.02 AuthorizeRemoteStart, C15 offline")]
    public async Task V201_AuthorizeRemoteStartAndOfflineList()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartV201Async(time => central = new MiniCentralSystem201(time));
        var server = harness.Connector.Server;
        await server.CallAsync(new V201.SetVariablesRequest
        {
            SetVariableData =
            [
                new V201.SetVariableDataType { Component = new V201.ComponentType { Name = "AuthCtrlr" }, Variable = new V201.VariableType { Name = "AuthorizeRemoteStart" }, AttributeValue = "true" },
                new V201.SetVariableDataType { Component = new V201.ComponentType { Name = "AuthCtrlr" }, Variable = new V201.VariableType { Name = "OfflineTxForUnknownIdEnabled" }, AttributeValue = "false" },
            ],
        });
        await server.CallAsync(new V201.SendLocalListRequest { VersionNumber = 1, UpdateType = V201.UpdateEnumType.Full, LocalAuthorizationList = [Entry201("LIST-1")] });

        var refused = await server.CallAsync(new V201.RequestStartTransactionRequest { IdToken = new V201.IdTokenType { IdToken = "STRANGER", Type = V201.IdTokenEnumType.Central }, RemoteStartId = 1, EvseId = 1 });
        Assert.Equal(V201.RequestStartStopStatusEnumType.Rejected, refused.Status);
        Assert.Single(central!.All<V201.AuthorizeRequest>());

        await GoOfflineAsync(harness);
        Assert.Equal(SessionStartOutcome.Started, await harness.Station.StartSessionAsync(1, "LIST-1"));
        harness.Station.StopSession(1);
        Assert.Equal(SessionStartOutcome.NotAuthorized, await harness.Station.StartSessionAsync(1, "OTHER"));
    }

    private static V16.AuthorizationData Entry16(string tag) => new() { IdTag = tag, IdTagInfo = new V16.IdTagInfo { Status = V16.AuthorizationStatus.Accepted } };

    private static V201.AuthorizationData Entry201(string token) => new()
    {
        IdToken = new V201.IdTokenType { IdToken = token, Type = V201.IdTokenEnumType.ISO14443 },
        IdTokenInfo = new V201.IdTokenInfoType { Status = V201.AuthorizationStatusEnumType.Accepted },
    };

    /// <summary>Cuts the network: the central system closes the socket and reconnects fail.</summary>
    private static async Task GoOfflineAsync(StationHarness harness)
    {
        harness.Connector.Reachable = false;
        harness.Connector.Server.RequestClose();
        await Eventually.TrueAsync(() => Task.FromResult(!harness.Station.IsOnline));
    }

    private static async Task<StationHarness> StartV16Async(Func<TimeProvider, MiniCentralSystem16>? central = null)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => (central ?? (t => new MiniCentralSystem16(t)))(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }

    private static async Task<StationHarness> StartV201Async(Func<TimeProvider, MiniCentralSystem201>? central = null)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central ?? (t => new MiniCentralSystem201(t)))(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
