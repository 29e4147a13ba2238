using SharpCharge.Ocpp.Buffers;
using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// Sends a corpus round and round through the peer end of an in-memory pipe: batches of frames with an oracle and
/// batches of chaos frames, each closed by a Heartbeat, and hands every batch's answers to the checker.
/// </summary>
internal sealed class InMemoryFuzzDriver(InMemoryOcppTransport peer)
{
    private const int ExactBatch = 256;
    private const int ChaosBatch = 64;
    private readonly PooledBufferWriter _buffer = new();
    private long _batches;

    public async Task SendAsync(IReadOnlyList<FuzzFrame> corpus, long frames, FuzzChecker checker)
    {
        FuzzFrame[] exact = [.. corpus.Where(f => !f.IsChaos)];
        FuzzFrame[] chaos = [.. corpus.Where(f => f.IsChaos)];
        var cursors = new int[2]; // next exact frame, next chaos frame
        long sent = 0;
        var batch = new List<FuzzFrame>(ExactBatch);
        while (sent < frames)
        {
            var useChaos = chaos.Length > 0 && (_batches % 2 == 1 || exact.Length == 0);
            var source = useChaos ? chaos : exact;
            var which = useChaos ? 1 : 0;
            var size = (int)Math.Min(useChaos ? ChaosBatch : ExactBatch, frames - sent);
            batch.Clear();
            for (var i = 0; i < size; i++)
            {
                batch.Add(source[cursors[which]]);
                cursors[which] = (cursors[which] + 1) % source.Length;
            }

            await RunBatchAsync(batch, checker);
            sent += size;
        }
    }

    private async Task RunBatchAsync(List<FuzzFrame> batch, FuzzChecker checker)
    {
        var number = ++_batches;
        foreach (var frame in batch)
        {
            await peer.SendAsync(frame.Bytes, CancellationToken.None);
        }

        await peer.SendAsync(FuzzChecker.Marker(number), CancellationToken.None);
        var answers = new List<FuzzAnswer>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            _buffer.Clear();
            var result = await peer.ReceiveAsync(_buffer, patience.Token);
            Assert.True(result.Status == OcppReceiveStatus.Message, $"The connection closed ({result.CloseStatus} {result.CloseDescription}) during a batch starting with [{batch[0].Mutation}] {System.Text.Encoding.UTF8.GetString(batch[0].Bytes)}");
            var answer = FuzzAnswer.Parse(_buffer.WrittenSpan);
            if (FuzzChecker.IsMarkerAnswer(answer, number))
            {
                break;
            }

            answers.Add(answer);
        }

        checker.Check(batch, answers);
    }
}
