namespace SharpCharge.Station.Authorization;

/// <summary>
/// The local authorization list and the authorization cache (1.6 §3.5, 2.x C13/C14; OCPP-NOTES §4.4, §4.13). The
/// list wins over the cache; tokens on the list are never cached. Both outlive a simulated reboot because the
/// station keeps this object. Tokens compare case-insensitively (1.6 IdToken is a CiString). Written from the
/// receive loop and read from session starts: one lock.
/// </summary>
internal sealed class LocalAuthorization
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TokenInfo> _list = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TokenInfo> _cache = new(StringComparer.OrdinalIgnoreCase);
    private int _listVersion;

    /// <summary>0 while the list is empty (GetLocalListVersion).</summary>
    public int ListVersion
    {
        get
        {
            lock (_gate)
            {
                return _list.Count == 0 ? 0 : _listVersion;
            }
        }
    }

    public int LocalListCount
    {
        get
        {
            lock (_gate)
            {
                return _list.Count;
            }
        }
    }

    public int CacheCount
    {
        get
        {
            lock (_gate)
            {
                return _cache.Count;
            }
        }
    }

    /// <summary>What the list, else the cache, knows about the token; null when neither does.</summary>
    public TokenInfo? Lookup(string token, bool listEnabled, bool cacheEnabled)
    {
        lock (_gate)
        {
            if (listEnabled && _list.TryGetValue(token, out var listed))
            {
                return listed;
            }

            return cacheEnabled && _cache.TryGetValue(token, out var cached) ? cached : null;
        }
    }

    /// <summary>Caches an answer of the central system (Authorize, transaction answers), unless the token is on the list.</summary>
    public void Remember(string token, TokenInfo info)
    {
        lock (_gate)
        {
            if (!_list.ContainsKey(token))
            {
                _cache[token] = info;
            }
        }
    }

    /// <summary>What the list and the cache each hold about the token (2.x CustomerInformation, N09).</summary>
    public (TokenInfo? Listed, TokenInfo? Cached) Describe(string token)
    {
        lock (_gate)
        {
            return (_list.TryGetValue(token, out var listed) ? listed : null, _cache.TryGetValue(token, out var cached) ? cached : null);
        }
    }

    /// <summary>Removes the token from the cache, not from the list (N10.FR.06: the central system updates the list itself). False when it was not cached.</summary>
    public bool Forget(string token)
    {
        lock (_gate)
        {
            return _cache.Remove(token);
        }
    }

    public void ClearCache()
    {
        lock (_gate)
        {
            _cache.Clear();
        }
    }

    /// <summary>
    /// Applies a SendLocalList. Full replaces the list; Differential adds or updates entries with info and removes
    /// entries without, and needs a version above the current one (else VersionMismatch). Duplicates or more than
    /// <paramref name="maxEntries"/> entries fail and change nothing.
    /// </summary>
    public LocalListUpdate Apply(int version, bool full, IReadOnlyList<(string Token, TokenInfo? Info)> entries, int maxEntries)
    {
        if (version <= 0 || entries.Count > maxEntries || entries.Select(e => e.Token).Distinct(StringComparer.OrdinalIgnoreCase).Count() != entries.Count)
        {
            return LocalListUpdate.Failed;
        }

        lock (_gate)
        {
            if (!full && version <= ListVersion)
            {
                return LocalListUpdate.VersionMismatch;
            }

            if (full)
            {
                _list.Clear();
            }

            foreach (var (token, info) in entries)
            {
                if (info is { } known)
                {
                    _list[token] = known;
                    _cache.Remove(token);
                }
                else
                {
                    _list.Remove(token);
                }
            }

            _listVersion = version;
            return LocalListUpdate.Accepted;
        }
    }
}
