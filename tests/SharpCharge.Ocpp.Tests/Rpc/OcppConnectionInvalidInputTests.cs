using SharpCharge.Ocpp.Tests.Support;

namespace SharpCharge.Ocpp.Tests.Rpc;

/// <summary>
/// Every kind of bad input a charger can send, per version: the connection answers with the CALLERROR the
/// version names (OCPP-J 1.6 §4.2.3, 2.0.1 Part 4 §4.3, 2.1 Part 4 §4.3) and keeps serving afterwards.
/// </summary>
public sealed class OcppConnectionInvalidInputTests
{
    private const string TooLongId = "0123456789012345678901234567890123456";

    public static TheoryData<OcppVersion, string, string, string> Cases()
    {
        var data = new TheoryData<OcppVersion, string, string, string>();
        foreach (var v in new[] { OcppVersion.V16, OcppVersion.V201, OcppVersion.V21 })
        {
            var is16 = v == OcppVersion.V16;
            var frameworkError = is16 ? "ProtocolError" : "RpcFrameworkError";
            var boot = is16 ? """{"chargePointVendor":"V","chargePointModel":"M"}""" : """{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V"}}""";

            // Frame level.
            data.Add(v, "[2,\"n1\",\"Heartbeat\",{", "n1", is16 ? "FormationViolation" : "RpcFrameworkError");
            data.Add(v, "this is not JSON", "-1", is16 ? "FormationViolation" : "RpcFrameworkError");
            data.Add(v, """{"messageTypeId":2}""", "-1", frameworkError);
            data.Add(v, """[2,"n3","Heartbeat"]""", "n3", frameworkError);
            data.Add(v, """[2,"n3b","Heartbeat",{},{}]""", "n3b", frameworkError);
            data.Add(v, """[2,7,"Heartbeat",{}]""", "-1", frameworkError);
            data.Add(v, $$"""[2,"{{TooLongId}}","Heartbeat",{}]""", "-1", is16 ? "FormationViolation" : "RpcFrameworkError");
            data.Add(v, """[2,"n6","Heartbeat",[]]""", "n6", is16 ? "FormationViolation" : "ProtocolError");

            // Action level.
            data.Add(v, """[2,"n12","Teleport",{}]""", "n12", "NotImplemented");
            data.Add(v, "[2,\"n13\",\"heartbeat\",{}]", "n13", "NotImplemented");
            data.Add(v, is16 ? """[2,"n14","Reset",{"type":"Hard"}]""" : """[2,"n14","Reset",{"type":"Immediate"}]""", "n14", "NotSupported");

            // Payload level.
            data.Add(v, is16 ? """[2,"n7","BootNotification",{"chargePointVendor":"V"}]""" : """[2,"n7","BootNotification",{"reason":"PowerUp"}]""",
                "n7", is16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation");
            data.Add(v, is16 ? """[2,"n8","BootNotification",{"chargePointVendor":5,"chargePointModel":"M"}]""" : """[2,"n8","BootNotification",{"reason":"PowerUp","chargingStation":{"model":5,"vendorName":"V"}}]""",
                "n8", "TypeConstraintViolation");
            data.Add(v, is16 ? """[2,"n9","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Bogus"}]""" : """[2,"n9","BootNotification",{"reason":"Bogus","chargingStation":{"model":"M","vendorName":"V"}}]""",
                "n9", "PropertyConstraintViolation");
            data.Add(v, is16 ? """[2,"n10","BootNotification",{"chargePointVendor":"123456789012345678901","chargePointModel":"M"}]""" : """[2,"n10","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"123456789012345678901","vendorName":"V"}}]""",
                "n10", "PropertyConstraintViolation");
            data.Add(v, """[2,"n11","Heartbeat",{"bogus":1}]""", "n11", is16 ? "FormationViolation" : "FormatViolation");
            data.Add(v, "[2,\"n15\",\"BootNotification\"," + boot[..^1] + ",\"extra\":true}]", "n15", is16 ? "FormationViolation" : "FormatViolation");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Spec", "OCPP-J 1.6 §4.2.3; OCPP 2.0.1 Part 4 §4.3; OCPP 2.1 Part 4 §4.3")]
    public async Task BadInput_IsAnsweredWithTheSpecsCallErrorAndTheConnectionSurvives(OcppVersion version, string frame, string expectedId, string expectedCode)
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(version));

        await harness.Peer.SendAsync(frame);
        var (id, code, description) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal(expectedId, id);
        Assert.Equal(expectedCode, code);
        Assert.False(string.IsNullOrWhiteSpace(description));
        await AssertStillServesAsync(harness);
    }

    [Theory]
    [Trait("Spec", "OCPP-J 1.6 §4.1.3; OCPP 2.1 Part 4 §4.4")]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V21)]
    public async Task UnknownMessageType_In16And21_IsIgnored(OcppVersion version)
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(version));

        await harness.Peer.SendAsync("""[9,"u1","Heartbeat",{}]""");
        await harness.Peer.SendAsync("""[2,"u2","Heartbeat",{}]""");
        var answer = await harness.Peer.ReceiveAsync();

        // The first thing that comes back is the answer to the valid CALL: the bad frame got nothing.
        Assert.Equal(3, answer[0].GetInt32());
        Assert.Equal("u2", answer[1].GetString());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.4")]
    public async Task UnknownMessageType_In201_IsAnsweredWithMessageTypeNotSupported()
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201));

        await harness.Peer.SendAsync("""[9,"u1","Heartbeat",{}]""");
        var (id, code, _) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("u1", id);
        Assert.Equal("MessageTypeNotSupported", code);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task SendFrame_InVersionsWithoutSend_IsTreatedAsUnknownMessageType(OcppVersion version)
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(version));

        await harness.Peer.SendAsync("""[6,"s1","Heartbeat",{}]""");
        await harness.Peer.SendAsync("""[2,"s2","Heartbeat",{}]""");
        var first = await harness.Peer.ReceiveAsync();

        if (version == OcppVersion.V201)
        {
            Assert.Equal(4, first[0].GetInt32());
            Assert.Equal("MessageTypeNotSupported", first[2].GetString());
            first = await harness.Peer.ReceiveAsync();
        }

        Assert.Equal("s2", first[1].GetString());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 Part 4 §4.2.5")]
    public async Task BrokenSend_In21_IsNeverAnswered()
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V21));

        await harness.Peer.SendAsync("""[6,"s1","NotifyPeriodicEventStream"]""");
        await harness.Peer.SendAsync("""[5,"s2","GenericError"]""");
        await harness.Peer.SendAsync("""[2,"s3","Heartbeat",{}]""");

        Assert.Equal("s3", (await harness.Peer.ReceiveAsync())[1].GetString());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.4")]
    public async Task CallResultError_In201_IsAnUnknownMessageType()
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201));

        await harness.Peer.SendAsync("""[5,"e1","GenericError","",{}]""");
        var (id, code, _) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("e1", id);
        Assert.Equal("MessageTypeNotSupported", code);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public async Task BrokenCallResult_IsNeverAnsweredWithAnError(OcppVersion version)
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(version));

        await harness.Peer.SendAsync("""[3,"r1"]""");
        await harness.Peer.SendAsync("""[4,"r2","GenericError"]""");
        await harness.Peer.SendAsync("""[2,"r3","Heartbeat",{}]""");
        var first = await harness.Peer.ReceiveAsync();

        Assert.Equal(3, first[0].GetInt32());
        Assert.Equal("r3", first[1].GetString());
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.2.3")]
    public async Task CallErrorDescription_IsAtMost255Characters()
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(OcppVersion.V201));

        await harness.Peer.SendAsync("[2,\"d1\",\"" + new string('X', 60) + "\",{}]");
        var (_, code, description) = await harness.Peer.ReceiveCallErrorAsync();

        Assert.Equal("NotImplemented", code);
        Assert.InRange(description.Length, 1, 255);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public async Task ValidationError_NamesThePathInErrorDetails(OcppVersion version)
    {
        await using var harness = new RawPeerHarness(TestHandlers.CentralRouter(version));
        var frame = version == OcppVersion.V16
            ? """[2,"p1","BootNotification",{"chargePointVendor":"V","chargePointModel":"123456789012345678901"}]"""
            : """[2,"p1","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"123456789012345678901","vendorName":"V"}}]""";

        await harness.Peer.SendAsync(frame);
        var answer = await harness.Peer.ReceiveAsync();

        Assert.Equal(version == OcppVersion.V16 ? "chargePointModel" : "chargingStation.model", answer[4].GetProperty("path").GetString());
        Assert.Contains("model", answer[3].GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task AssertStillServesAsync(RawPeerHarness harness)
    {
        await harness.Peer.SendAsync("""[2,"after","Heartbeat",{}]""");
        var answer = await harness.Peer.ReceiveAsync();
        Assert.Equal(3, answer[0].GetInt32());
        Assert.Equal("after", answer[1].GetString());
        Assert.True(answer[2].TryGetProperty("currentTime", out _));
        Assert.True(harness.Connection.IsOpen);
    }
}
