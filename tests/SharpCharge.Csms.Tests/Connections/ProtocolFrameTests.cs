using System.Buffers;
using System.Text;
using SharpCharge.Csms.Connections.ProtocolLog;
using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Tests.Connections;

public sealed class ProtocolFrameTests
{
    [Theory]
    [InlineData("""[2,"m1","Heartbeat",{}]""", 2, "m1", "Heartbeat")]
    [InlineData("""[3,"m1",{"currentTime":"2026-01-01T00:00:00Z"}]""", 3, "m1", null)]
    [InlineData("""[4,"m2","NotImplemented","",{}]""", 4, "m2", null)]
    [InlineData("""[6,"m3","NotifyPeriodicEventStream",{}]""", 6, "m3", "NotifyPeriodicEventStream")]
    public void Parse_ReadsTypeIdAndAction(string frame, int type, string id, string? action)
    {
        var parsed = ProtocolFrame.Parse(Encoding.UTF8.GetBytes(frame));

        Assert.Equal(((ProtocolMessageType)type, id, action, frame), (parsed.Type, parsed.MessageId, parsed.Action, parsed.Text));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"a":1}""")]
    [InlineData("""[9,"m1"]""")]
    [InlineData("""[2,"m1",""")]
    public void Parse_BrokenFrame_IsKeptAsItCame(string frame)
    {
        var parsed = ProtocolFrame.Parse(Encoding.UTF8.GetBytes(frame));

        Assert.Equal(frame, parsed.Text);
        Assert.Equal(string.Empty, parsed.MessageId);
    }

    [Fact]
    public void TeeBufferWriter_CopiesWhatIsWrittenThrough()
    {
        var inner = new ArrayBufferWriter<byte>();
        var tee = new TeeBufferWriter(inner);

        "[2,"u8.CopyTo(tee.GetSpan(3));
        tee.Advance(3);
        "\"x\"]"u8.CopyTo(tee.GetMemory(16).Span);
        tee.Advance(4);

        Assert.Equal("[2,\"x\"]", Encoding.UTF8.GetString(inner.WrittenSpan));
        Assert.Equal("[2,\"x\"]", Encoding.UTF8.GetString(tee.Written));
    }
}
