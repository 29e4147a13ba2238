using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("TestCase", "TC_C_02_CSMS")]
    [Trait("TestCase", "TC_C_06_CSMS")]
    public async Task Authorize_EachTokenStatus_IsAnsweredAsStored(OcppVersion version)
    {
        await using var running = await RunAsync();
        var tokens = running.Server.Get<IIdTokenService>();
        await tokens.SaveAsync(new IdTokenRecord("GOOD", IdTokenTypes.Central, IdTokenStatus.Accepted) { GroupId = "FLEET-1" }, CancellationToken.None);
        await tokens.SaveAsync(new IdTokenRecord("BLOCKED", IdTokenTypes.Central, IdTokenStatus.Blocked), CancellationToken.None);
        await tokens.SaveAsync(new IdTokenRecord("OLD", IdTokenTypes.Central, IdTokenStatus.Accepted) { ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1) }, CancellationToken.None);
        await tokens.SaveAsync(new IdTokenRecord("BUSY", IdTokenTypes.Central, IdTokenStatus.Accepted), CancellationToken.None);
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-AUTH", version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));
        await StartTransactionAsync(charger, version, "BUSY", "TX-BUSY");

        var good = await charger.CallAsync("Authorize", Payloads.Authorize(version, "GOOD"));
        Assert.Equal("Accepted", Payloads.AuthorizationStatus(version, good));
        var group = Payloads.Is16(version)
            ? good.GetProperty("idTagInfo").GetProperty("parentIdTag").GetString()
            : good.GetProperty("idTokenInfo").GetProperty("groupIdToken").GetProperty("idToken").GetString();
        Assert.Equal("FLEET-1", group);
        Assert.Equal("Blocked", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "BLOCKED"))));
        Assert.Equal("Expired", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "OLD"))));
        Assert.Equal("Invalid", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "NOBODY"))));
        Assert.Equal("ConcurrentTx", Payloads.AuthorizationStatus(version, await charger.CallAsync("Authorize", Payloads.Authorize(version, "BUSY"))));
    }

    private static async Task<string> StartTransactionAsync(RawCharger charger, OcppVersion version, string token, string transactionId, int connector = 1, int meterStart = 1000)
    {
        if (Payloads.Is16(version))
        {
            var started = await charger.CallAsync("StartTransaction", $$"""{"connectorId":{{connector}},"idTag":"{{token}}","meterStart":{{meterStart}},"timestamp":"2025-06-01T12:00:00Z"}""");
            return started.GetProperty("transactionId").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await charger.CallAsync("TransactionEvent", $$$"""{"eventType":"Started","timestamp":"2025-06-01T12:00:00Z","triggerReason":"Authorized","seqNo":0,"transactionInfo":{"transactionId":"{{{transactionId}}}","chargingState":"Charging"},"idToken":{"idToken":"{{{token}}}","type":"ISO14443"},"evse":{"id":{{{connector}}},"connectorId":1},"meterValue":[{"timestamp":"2025-06-01T12:00:00Z","sampledValue":[{"value":{{{meterStart}}},"context":"Transaction.Begin","measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}}]}]}""");
        return transactionId;
    }
}
