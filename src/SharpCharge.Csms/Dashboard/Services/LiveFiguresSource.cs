namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>
/// Computes the <see cref="LiveFigures"/> at most once per <see cref="MaxAge"/> for all open pages together: the
/// figures read several tables, and every open overview asks after each change, so the pages share one reading.
/// </summary>
internal sealed class LiveFiguresSource : IDisposable
{
    /// <summary>How old shared figures may be before the next page's request reads them again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly DashboardQueries _queries;
    private readonly TimeProvider _realTime;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private LiveFigures? _figures;
    private long _readAt;

    /// <param name="realTime">Wall-clock time (not the demo's accelerated clock): the limit protects the database, which works in real time.</param>
    public LiveFiguresSource(DashboardQueries queries, TimeProvider realTime)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(realTime);
        _queries = queries;
        _realTime = realTime;
    }

    /// <summary>How many times the figures were read from the database (for tests and diagnostics).</summary>
    public int Reads { get; private set; }

    public async Task<LiveFigures> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another page may have read them while this one waited.
            if (Fresh() is { } shared)
            {
                return shared;
            }

            var figures = await _queries.LiveFiguresAsync(cancellationToken).ConfigureAwait(false);
            Reads++;
            _readAt = _realTime.GetTimestamp();
            Volatile.Write(ref _figures, figures);
            return figures;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private LiveFigures? Fresh()
    {
        var figures = Volatile.Read(ref _figures);
        return figures is not null && _realTime.GetElapsedTime(Volatile.Read(ref _readAt)) < MaxAge ? figures : null;
    }
}
