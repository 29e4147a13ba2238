using System.Text;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Ocpp.Tests.Rpc;

public sealed class OcppFrameReaderTests
{
    private static (bool Ok, OcppFrame Frame, OcppFrameDefect Defect, byte[] Data) Read(string text)
    {
        var data = Encoding.UTF8.GetBytes(text);
        var ok = OcppFrameReader.TryRead(data, out var frame, out var defect);
        return (ok, frame, defect, data);
    }

    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §4.2.1")]
    public void TryRead_Call_ReturnsIdActionAndPayload()
    {
        var (ok, frame, _, data) = Read("""[2, "19223201", "BootNotification", {"chargePointVendor": "VendorX"}]""");

        Assert.True(ok);
        Assert.Equal(OcppMessageType.Call, frame.MessageType);
        Assert.Equal("19223201", frame.GetMessageId(data));
        Assert.Equal("BootNotification", Encoding.UTF8.GetString(data[frame.ActionRange]));
        Assert.Equal("""{"chargePointVendor": "VendorX"}""", Encoding.UTF8.GetString(data[frame.PayloadRange]));
    }

    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §4.2.2")]
    public void TryRead_CallResult_ReturnsPayload()
    {
        var (ok, frame, _, data) = Read("""[3,"19223201",{"currentTime":"2013-02-01T20:53:32.486Z"}]""");

        Assert.True(ok);
        Assert.Equal(OcppMessageType.CallResult, frame.MessageType);
        Assert.True(frame.MessageIdEquals(data, "19223201"));
        Assert.False(frame.MessageIdEquals(data, "19223202"));
        Assert.Equal("""{"currentTime":"2013-02-01T20:53:32.486Z"}""", Encoding.UTF8.GetString(data[frame.PayloadRange]));
    }

    [Fact]
    [Trait("Spec", "OCPP-J 1.6 §4.2.3")]
    public void TryRead_CallError_ReturnsCodeDescriptionAndDetails()
    {
        var (ok, frame, _, data) = Read("""[4,"162376037","NotSupported","SetDisplayMessageRequest not implemented",{"a":"b"}]""");

        Assert.True(ok);
        Assert.Equal(OcppMessageType.CallError, frame.MessageType);
        Assert.Equal("NotSupported", frame.ErrorCode);
        Assert.Equal("SetDisplayMessageRequest not implemented", frame.ErrorDescription);
        Assert.Equal("""{"a":"b"}""", Encoding.UTF8.GetString(data[frame.ErrorDetailsRange]));
    }

    [Fact]
    [Trait("Spec", "OCPP 2.1 Part 4 §4.2.5")]
    public void TryRead_Send_ReturnsActionAndPayload()
    {
        var (ok, frame, _, data) = Read("""[6,"77","NotifyPeriodicEventStream",{"id":1}]""");

        Assert.True(ok);
        Assert.Equal(OcppMessageType.Send, frame.MessageType);
        Assert.Equal("NotifyPeriodicEventStream", Encoding.UTF8.GetString(data[frame.ActionRange]));
    }

    [Fact]
    public void TryRead_EscapedMessageId_IsUnescaped()
    {
        var (ok, frame, _, data) = Read("""[3,"a\u0062c",{}]""");

        Assert.True(ok);
        Assert.Equal("abc", frame.GetMessageId(data));
        Assert.True(frame.MessageIdEquals(data, "abc"));
    }

    [Theory]
    [InlineData("""[2,"1","Heartbeat",{""", OcppFrameDefect.InvalidJson)]
    [InlineData("not json at all", OcppFrameDefect.InvalidJson)]
    [InlineData("", OcppFrameDefect.InvalidJson)]
    [InlineData("""[2,"1","Heartbeat",{}] trailing""", OcppFrameDefect.InvalidJson)]
    [InlineData("""{"messageTypeId":2}""", OcppFrameDefect.NotAnArray)]
    [InlineData("42", OcppFrameDefect.NotAnArray)]
    [InlineData("""[2,"1","Heartbeat"]""", OcppFrameDefect.WrongElementCount)]
    [InlineData("""[2,"1","Heartbeat",{},{}]""", OcppFrameDefect.WrongElementCount)]
    [InlineData("""[3,"1"]""", OcppFrameDefect.WrongElementCount)]
    [InlineData("""[4,"1","GenericError",""]""", OcppFrameDefect.WrongElementCount)]
    [InlineData("[]", OcppFrameDefect.WrongElementCount)]
    [InlineData("""["2","1","Heartbeat",{}]""", OcppFrameDefect.WrongElementType)]
    [InlineData("""[2,1,"Heartbeat",{}]""", OcppFrameDefect.WrongElementType)]
    [InlineData("""[2,"1",7,{}]""", OcppFrameDefect.WrongElementType)]
    [InlineData("""[2.5,"1","Heartbeat",{}]""", OcppFrameDefect.WrongElementType)]
    [InlineData("""[7,"1","Heartbeat",{}]""", OcppFrameDefect.UnknownMessageType)]
    [InlineData("""[2,"0123456789012345678901234567890123456","Heartbeat",{}]""", OcppFrameDefect.MessageIdTooLong)]
    [InlineData("""[2,"","Heartbeat",{}]""", OcppFrameDefect.MessageIdEmpty)]
    public void TryRead_DefectiveFrame_ReportsTheDefect(string text, OcppFrameDefect expected)
    {
        var (ok, _, defect, _) = Read(text);

        Assert.False(ok);
        Assert.Equal(expected, defect);
    }

    [Fact]
    public void TryRead_InvalidUtf8_IsInvalidJson()
    {
        byte[] data = [.. "[2,\"1\",\"Heartbeat\",{\"x\":\""u8, 0xC3, 0x28, .. "\"}]"u8];

        Assert.False(OcppFrameReader.TryRead(data, out _, out var defect));
        Assert.Equal(OcppFrameDefect.InvalidJson, defect);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §4.2.3")]
    public void TryRead_MessageIdTooLong_DoesNotEchoTheId()
    {
        var (_, frame, _, data) = Read("""[2,"0123456789012345678901234567890123456","Heartbeat",{}]""");

        Assert.Equal("-1", frame.GetMessageId(data));
    }

    [Fact]
    public void TryRead_MessageIdOf36Characters_IsAccepted()
    {
        var id = Guid.NewGuid().ToString();
        var (ok, frame, _, data) = Read($$"""[2,"{{id}}","Heartbeat",{}]""");

        Assert.True(ok);
        Assert.Equal(id, frame.GetMessageId(data));
    }

    [Fact]
    public void TryRead_BrokenJsonAfterTheId_KeepsTheId()
    {
        var (ok, frame, defect, data) = Read("""[2,"abc","Heartbeat",{"x":]""");

        Assert.False(ok);
        Assert.Equal(OcppFrameDefect.InvalidJson, defect);
        Assert.Equal("abc", frame.GetMessageId(data));
    }
}
