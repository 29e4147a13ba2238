using System.Buffers;

namespace SharpCharge.Csms.Connections.ProtocolLog;

/// <summary>
/// Passes writes on to another buffer writer and keeps a copy of every byte, so the protocol log can see a received
/// frame without changing how the connection reads it. Used only while the protocol log is on.
/// </summary>
internal sealed class TeeBufferWriter(IBufferWriter<byte> inner) : IBufferWriter<byte>
{
    private readonly ArrayBufferWriter<byte> _copy = new();
    private Memory<byte> _last;

    public ReadOnlySpan<byte> Written => _copy.WrittenSpan;

    public Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => (_last = inner.GetMemory(sizeHint)).Span;

    public void Advance(int count)
    {
        _copy.Write(_last.Span[..count]);
        inner.Advance(count);
    }
}
