using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SharpCharge.Ocpp.Messages;

/// <summary>
/// Every action one OCPP version defines, looked up by name. The generated <c>V16Actions.Catalogue</c>,
/// <c>V201Actions.Catalogue</c> and <c>V21Actions.Catalogue</c> are the instances; an action missing here
/// is answered with NotImplemented.
/// </summary>
public sealed class OcppActionCatalogue
{
    // Action names are short ASCII identifiers (the longest is under 40 characters); anything longer
    // than this cannot be a known action, so it is rejected before transcoding.
    private const int MaxActionNameLength = 64;

    private readonly FrozenDictionary<string, OcppAction> _byName;
    private readonly FrozenDictionary<string, OcppAction>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Creates a catalogue; called by generated code.</summary>
    public OcppActionCatalogue(OcppVersion version, IReadOnlyList<OcppAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var action in actions)
        {
            if (action.Version != version)
            {
                throw new ArgumentException($"Action {action} does not belong to {version}.", nameof(actions));
            }
        }

        Version = version;
        Actions = actions;
        _byName = actions.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The version these actions belong to.</summary>
    public OcppVersion Version { get; }

    /// <summary>All actions, in schema order.</summary>
    public IReadOnlyList<OcppAction> Actions { get; }

    /// <summary>Finds an action by its exact (case-sensitive) name.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out OcppAction? action) => _byName.TryGetValue(name, out action);

    /// <summary>Finds an action by its exact name given as UTF-8 bytes, without allocating.</summary>
    public bool TryGet(ReadOnlySpan<byte> utf8Name, [NotNullWhen(true)] out OcppAction? action)
    {
        if (utf8Name.Length is 0 or > MaxActionNameLength)
        {
            action = null;
            return false;
        }

        Span<char> chars = stackalloc char[MaxActionNameLength];
        if (!Encoding.UTF8.TryGetChars(utf8Name, chars, out var written))
        {
            action = null;
            return false;
        }

        return _bySpan.TryGetValue(chars[..written], out action);
    }
}
