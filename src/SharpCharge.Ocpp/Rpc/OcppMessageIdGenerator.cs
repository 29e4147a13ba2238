namespace SharpCharge.Ocpp.Rpc;

/// <summary>
/// Message ids for outgoing CALLs: a random per-connection prefix and a counter, e.g. <c>5f2a91c0-17</c>.
/// The counter keeps ids unique on one connection (1.6, 2.0.1); the random prefix keeps them unique across
/// reconnects of the same identity, which 2.1 Part 4 §4.1.4 requires. At most 28 characters, below the 36 allowed.
/// </summary>
internal sealed class OcppMessageIdGenerator
{
    private readonly uint _prefix;
    private long _counter;

    public OcppMessageIdGenerator(uint prefix) => _prefix = prefix;

    public string Next()
    {
        var n = Interlocked.Increment(ref _counter);
        return string.Create(9 + CountDigits(n), (_prefix, n), static (span, state) =>
        {
            state._prefix.TryFormat(span, out _, "x8");
            span[8] = '-';
            state.n.TryFormat(span[9..], out _);
        });
    }

    private static int CountDigits(long n)
    {
        var digits = 1;
        while (n >= 10)
        {
            n /= 10;
            digits++;
        }

        return digits;
    }
}
