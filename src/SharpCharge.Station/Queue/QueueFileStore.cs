using System.Buffers;
using System.Text.Json;

namespace SharpCharge.Station.Queue;

/// <summary>
/// The durable side of the outbox (<see cref="ChargingStationOptions.QueueFilePath"/>): a JSON-lines journal.
/// An <c>add</c> line holds a message and its sequence number, a <c>done</c> line retires one, an <c>id</c>
/// line records the transaction id a 1.6 central system gave a session. Every line is flushed to the disk
/// before the call returns. Loading replays the journal, ignores a torn last line (a crash mid-write) and
/// rewrites the file with only what is still needed; the same rewrite runs when retired lines dominate.
/// </summary>
internal sealed class QueueFileStore : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, SkipValidation = false };

    private readonly string _path;
    private readonly int _compactAfter;
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, StoredMessage> _pending = new();
    private readonly Dictionary<string, int> _transactionIds = new(StringComparer.Ordinal);
    private FileStream? _file;
    private long _nextSeq = 1;
    private int _retiredLines;

    /// <param name="compactAfter">Rewrite once at least this many lines are retired and they outnumber the live ones.</param>
    public QueueFileStore(string path, int compactAfter = 256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(compactAfter, 1);
        _path = Path.GetFullPath(path);
        _compactAfter = compactAfter;
        if (Path.GetDirectoryName(_path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        Load();
        Compact();
    }

    /// <summary>Messages not yet answered, oldest first.</summary>
    public IReadOnlyList<StoredMessage> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending.Values];
            }
        }
    }

    /// <summary>Lines in the file that are no longer needed (for tests and diagnostics).</summary>
    public int RetiredLines
    {
        get
        {
            lock (_gate)
            {
                return _retiredLines;
            }
        }
    }

    public int? TransactionIdOf(string transactionKey)
    {
        lock (_gate)
        {
            return _transactionIds.TryGetValue(transactionKey, out var id) ? id : null;
        }
    }

    /// <summary>Writes the message durably and returns it with its sequence number.</summary>
    public StoredMessage Append(string action, MessageKind kind, string transactionKey, int evseId, string payload)
    {
        lock (_gate)
        {
            var stored = new StoredMessage(_nextSeq, action, kind, transactionKey, evseId, payload);
            WriteLine(Open(), w => WriteAdd(w, stored));
            _nextSeq++;
            _pending.Add(stored.Seq, stored);
            return stored;
        }
    }

    /// <summary>The central system answered the message (or it was given up): it is not resent after a restart.</summary>
    public void Complete(long seq)
    {
        lock (_gate)
        {
            if (!_pending.ContainsKey(seq))
            {
                return;
            }

            WriteLine(Open(), w =>
            {
                w.WriteString("op", "done");
                w.WriteNumber("seq", seq);
            });
            _pending.Remove(seq);
            _retiredLines += 2;
            if (_retiredLines >= _compactAfter && _retiredLines > _pending.Count)
            {
                Compact();
            }
        }
    }

    /// <summary>1.6: the central system's id for the session, so its later messages carry it after a restart.</summary>
    public void RecordTransactionId(string transactionKey, int transactionId)
    {
        lock (_gate)
        {
            if (_transactionIds.TryGetValue(transactionKey, out var known) && known == transactionId)
            {
                return;
            }

            WriteLine(Open(), w =>
            {
                w.WriteString("op", "id");
                w.WriteString("tx", transactionKey);
                w.WriteNumber("id", transactionId);
            });
            _transactionIds[transactionKey] = transactionId;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private void Load()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        var lines = File.ReadAllText(_path).Split('\n');
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        for (var i = 0; i <= last; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                Apply(line);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                if (i == last)
                {
                    // A crash while writing the newest line: it was never acknowledged to anyone, drop it.
                    continue;
                }

                throw new InvalidDataException($"Queue file {_path} is damaged at line {i + 1}.", e);
            }
        }
    }

    private void Apply(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        switch (root.GetProperty("op").GetString())
        {
            case "add":
                var stored = new StoredMessage(
                    root.GetProperty("seq").GetInt64(),
                    root.GetProperty("action").GetString() ?? throw new FormatException("No action."),
                    Enum.Parse<MessageKind>(root.GetProperty("kind").GetString() ?? string.Empty),
                    root.GetProperty("tx").GetString() ?? throw new FormatException("No transaction key."),
                    root.GetProperty("evse").GetInt32(),
                    root.GetProperty("payload").GetRawText());
                _pending[stored.Seq] = stored;
                _nextSeq = Math.Max(_nextSeq, stored.Seq + 1);
                break;
            case "done":
                _pending.Remove(root.GetProperty("seq").GetInt64());
                break;
            case "id":
                _transactionIds[root.GetProperty("tx").GetString() ?? throw new FormatException("No transaction key.")] = root.GetProperty("id").GetInt32();
                break;
            default:
                throw new FormatException("Unknown operation.");
        }
    }

    /// <summary>Rewrites the file with the live messages and the ids they need, then swaps it in atomically.</summary>
    private void Compact()
    {
        _file?.Dispose();
        _file = null;
        var temporary = _path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            var keys = _pending.Values.Select(m => m.TransactionKey).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, id) in _transactionIds.Where(p => keys.Contains(p.Key)))
            {
                WriteLine(file, w =>
                {
                    w.WriteString("op", "id");
                    w.WriteString("tx", key);
                    w.WriteNumber("id", id);
                });
            }

            foreach (var stored in _pending.Values)
            {
                WriteLine(file, w => WriteAdd(w, stored));
            }
        }

        File.Move(temporary, _path, overwrite: true);
        _retiredLines = 0;
    }

    private FileStream Open()
        => _file ??= new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);

    private static void WriteAdd(Utf8JsonWriter writer, StoredMessage stored)
    {
        writer.WriteString("op", "add");
        writer.WriteNumber("seq", stored.Seq);
        writer.WriteString("action", stored.Action);
        writer.WriteString("kind", stored.Kind.ToString());
        writer.WriteString("tx", stored.TransactionKey);
        writer.WriteNumber("evse", stored.EvseId);
        writer.WritePropertyName("payload");
        writer.WriteRawValue(stored.Payload);
    }

    private static void WriteLine(FileStream file, Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        file.Write(buffer.WrittenSpan);
        file.Flush(flushToDisk: true);
    }
}
