using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace SharpCharge.Csms.Connections;

/// <summary>
/// The chargers connected to this node, by id (case-insensitive, as 2.x defines identifierString).
/// One id has at most one live session: a new connection replaces the old one.
/// </summary>
internal sealed class ChargerSessionRegistry
{
    private readonly ConcurrentDictionary<string, ChargerSession> _sessions = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _sessions.Count;

    public IEnumerable<ChargerSession> All => _sessions.Values;

    public bool TryGet(string chargerId, [NotNullWhen(true)] out ChargerSession? session) => _sessions.TryGetValue(chargerId, out session);

    /// <summary>Adds the session and returns the one it replaces, if any; the caller closes that one.</summary>
    public ChargerSession? Add(ChargerSession session)
    {
        ChargerSession? replaced = null;
        _sessions.AddOrUpdate(
            session.ChargerId,
            session,
            (_, existing) =>
            {
                replaced = existing;
                return session;
            });
        return replaced;
    }

    /// <summary>Removes the session only if it is still the current one for its id (a replacement stays).</summary>
    public bool Remove(ChargerSession session) => _sessions.TryRemove(new KeyValuePair<string, ChargerSession>(session.ChargerId, session));
}
