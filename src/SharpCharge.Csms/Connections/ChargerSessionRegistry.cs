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

    /// <summary>
    /// Adds the session and returns the one the caller must close, if any: the one it replaces, or the session itself
    /// when the current one's upgrade request arrived later (the charger gave up on this handshake and is connected
    /// again already), in which case it is not added.
    /// </summary>
    public ChargerSession? Add(ChargerSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        ChargerSession? toClose = null;
        _sessions.AddOrUpdate(
            session.ChargerId,
            session,
            (_, existing) =>
            {
                if (existing.ConnectedAt > session.ConnectedAt)
                {
                    toClose = session;
                    return existing;
                }

                toClose = existing;
                return session;
            });
        return toClose;
    }

    /// <summary>Removes the session only if it is still the current one for its id (a replacement stays).</summary>
    public bool Remove(ChargerSession session) => _sessions.TryRemove(new KeyValuePair<string, ChargerSession>(session.ChargerId, session));
}
