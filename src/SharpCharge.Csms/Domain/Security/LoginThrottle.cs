using System.Collections.Concurrent;

namespace SharpCharge.Csms.Domain.Security;

/// <summary>
/// Counts failed sign-ins per key (a charger id, a source address, an operator name) and locks a key out once it
/// reaches its threshold: first for <see cref="SecurityOptions.LockoutDuration"/>, doubling with every further
/// failure up to <see cref="SecurityOptions.MaxLockoutDuration"/>. A success clears the key. While a key is locked
/// the caller refuses without checking the password, so a locked-out guesser also costs no PBKDF2 work.
/// </summary>
/// <remarks>
/// In memory, per node: a cluster behind a load balancer multiplies the allowance by the node count, which the docs
/// say. The map is bounded: past <see cref="MaxKeys"/> entries, stale ones are swept, and if none are stale new keys
/// are not tracked (they are then never locked, rather than the server running out of memory).
/// </remarks>
internal sealed class LoginThrottle
{
    public const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly SecurityOptions _options;

    public LoginThrottle(SecurityOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
    }

    /// <summary>How long <paramref name="key"/> stays locked, or null when it is not.</summary>
    public TimeSpan? LockedFor(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        lock (entry)
        {
            var left = entry.LockedUntil - _time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Records a failure; returns the lock-out it started (or extended), or null when the key is not locked.</summary>
    public TimeSpan? Failed(string key, int threshold)
    {
        if (threshold <= 0)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (_entries.Count >= MaxKeys && !_entries.ContainsKey(key))
        {
            Sweep(now);
            if (_entries.Count >= MaxKeys)
            {
                return null;
            }
        }

        var entry = _entries.GetOrAdd(key, static _ => new Entry());
        lock (entry)
        {
            if (now - entry.LastFailure > _options.FailureWindow)
            {
                entry.Failures = 0;
            }

            entry.Failures++;
            entry.LastFailure = now;
            if (entry.Failures < threshold)
            {
                return null;
            }

            // Back-off: the n-th failure past the threshold locks for LockoutDuration * 2^n, capped.
            var doublings = Math.Min(entry.Failures - threshold, 20);
            var ticks = Math.Min(_options.LockoutDuration.Ticks * (1L << doublings), _options.MaxLockoutDuration.Ticks);
            entry.LockedUntil = now + TimeSpan.FromTicks(ticks);
            return TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>A successful sign-in: the key's failures are forgotten.</summary>
    public void Succeeded(string key) => _entries.TryRemove(key, out _);

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            bool stale;
            lock (entry)
            {
                stale = entry.LockedUntil <= now && now - entry.LastFailure > _options.FailureWindow;
            }

            if (stale)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset LastFailure { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
