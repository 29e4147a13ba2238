using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    /// <summary>
    /// Each interoperability switch (Csms:Compatibility:{chargerId}:{switch}) accepts its deviation from the charger it
    /// is set for, while a charger without it still gets the CALLERROR the specification names.
    /// </summary>
    [Theory]
    [InlineData("NullPayloadAsEmptyObject", "Heartbeat", "null", "FormationViolation")]
    [InlineData("IgnoreUnknownProperties", "StatusNotification", """{"connectorId":1,"errorCode":"NoError","status":"Available","vendorQuirk":7}""", "FormationViolation")]
    [InlineData("NumbersAsStrings", "StatusNotification", """{"connectorId":"1","errorCode":"NoError","status":"Available"}""", "TypeConstraintViolation")]
    [InlineData("TimestampsWithoutOffsetAsUtc", "StatusNotification", """{"connectorId":1,"errorCode":"NoError","status":"Available","timestamp":"2025-06-01T12:00:00"}""", "PropertyConstraintViolation")]
    [Trait("Spec", "OCPP-J 1.6 §4.1.3, §4.2.3; OCPP 1.6 JSON schemas (additionalProperties false, types, date-time)")]
    public async Task Compatibility_SwitchOn_AcceptsTheDeviation_OtherChargersStillGetTheError(string option, string action, string payload, string strictCode)
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { [$"Csms:Compatibility:CP-QUIRKY:{option}"] = "true" });
        await using var quirky = await RawCharger.ConnectAsync(running.Server, "CP-QUIRKY", OcppVersion.V16);
        await using var strict = await RawCharger.ConnectAsync(running.Server, "CP-STRICT", OcppVersion.V16);
        await quirky.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
        await strict.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));

        await quirky.CallAsync(action, payload);
        Assert.Equal(strictCode, await strict.CallErrorAsync(action, payload));
    }

    /// <summary>A charger configured for it may offer the subprotocol "ocpp1.6j" and speaks 1.6; others offering only that name are refused.</summary>
    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §3.1.2 (subprotocol ocpp1.6)")]
    public async Task Compatibility_Ocpp16jSubprotocol_OnlyForTheChargerItIsSetFor()
    {
        await using var running = await RunAsync(new Dictionary<string, string?> { ["Csms:Compatibility:CP-16J:Ocpp16jSubprotocol"] = "true" });
        using var quirky = await TestCharger.OpenAsync(running.Server.ChargerUri("CP-16J"), ["ocpp1.6j"]);
        Assert.Equal("ocpp1.6j", quirky.SubProtocol);
        await using (var raw = new RawSocket(quirky))
        {
            await raw.SendAsync("""[2,"1","Heartbeat",{}]""");
            var answer = await raw.ReceiveAsync();
            Assert.Equal(3, answer!.Value[0].GetInt32());
        }

        using var other = await TestCharger.OpenAsync(running.Server.ChargerUri("CP-OTHER"), ["ocpp1.6j"]);
        // 1.6 §3.1.2 / 2.0.1 Part 4 §3.2: no common subprotocol, so the server completes the handshake without one and closes.
        Assert.True(string.IsNullOrEmpty(other.SubProtocol));
    }
}
