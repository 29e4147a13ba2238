using System.Text.Json;
using System.Threading.Channels;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// <c>GET /dashboard/live[?charger=id][&amp;figures=true]</c>: a server-sent event stream of <see cref="LiveView"/>s for one
/// open page, and with <c>figures=true</c> the <see cref="LiveFigures"/> (event <c>figures</c>) after each refresh.
/// Each stream is its own <see cref="ILiveEvents"/> subscription, released when the page closes; nothing polls. A
/// page that falls behind loses events (the subscription is bounded) rather than slowing the chargers. Events are
/// sent in batches paced by <see cref="LiveRefreshThrottle"/>, with one database reading per batch rather than per event.
/// </summary>
internal static class LiveStreamEndpoint
{
    /// <summary>Events one page may have waiting before it loses some.</summary>
    public const int Capacity = 512;

    public static void MapLiveStream(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/dashboard/live", StreamAsync).ExcludeFromDescription();

    private static async Task StreamAsync(HttpContext context, string? charger, bool? figures, ILiveEvents live, DashboardQueries queries, LiveFiguresSource figureSource)
    {
        var cancellationToken = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        using var subscription = live.Subscribe(Capacity);
        await context.Response.WriteAsync(": live\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);

        var lastLogId = 0L;
        if (charger is not null)
        {
            var log = await queries.ProtocolLogAsync(charger, 1, cancellationToken);
            lastLogId = log.Count > 0 ? log[^1].Id : 0;
        }

        // Wall-clock time on purpose, as for LiveFiguresSource: the demo's accelerated clock would shorten the pause.
        var throttle = new LiveRefreshThrottle(TimeProvider.System);
        var batch = new List<LiveEvent>();
        var logged = false;
        try
        {
            while (await subscription.Reader.WaitToReadAsync(cancellationToken))
            {
                logged |= Drain(subscription.Reader, charger, batch);
                if (batch.Count == 0 && !logged)
                {
                    continue;
                }

                if (batch.Count > 0 && throttle.WaitBefore(batch) is { } wait && wait > TimeSpan.Zero)
                {
                    logged |= await GatherAsync(subscription.Reader, charger, batch, wait, cancellationToken);
                }

                throttle.Refreshed();
                IReadOnlyList<LiveView> views = batch.Count == 0 ? [] : await LiveViews.BuildAsync(batch, queries, cancellationToken);
                batch.Clear();
                logged = false;
                if (charger is not null)
                {
                    var log = (await queries.ProtocolLogAsync(charger, 50, cancellationToken)).Where(l => l.Id > lastLogId).ToList();
                    lastLogId = log.Count > 0 ? log[^1].Id : lastLogId;
                    if (views.Count == 0)
                    {
                        // Only new protocol log frames: they change nothing else on the page, so no charger state is read.
                        if (log.Count == 0)
                        {
                            continue;
                        }

                        views = [new LiveView("protocol_logged", charger, DateTimeOffset.UtcNow)];
                    }

                    views = [.. views.SkipLast(1), views[^1] with { Log = log }];
                }

                foreach (var view in views)
                {
                    await context.Response.WriteAsync("data: ", cancellationToken);
                    await JsonSerializer.SerializeAsync(context.Response.Body, view, DashboardJsonContext.Default.LiveView, cancellationToken);
                    await context.Response.WriteAsync("\n\n", cancellationToken);
                }

                if (figures == true)
                {
                    var current = await figureSource.GetAsync(cancellationToken);
                    await context.Response.WriteAsync("event: figures\ndata: ", cancellationToken);
                    await JsonSerializer.SerializeAsync(context.Response.Body, current, DashboardJsonContext.Default.LiveFigures, cancellationToken);
                    await context.Response.WriteAsync("\n\n", cancellationToken);
                }

                await context.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page closed: the normal end of a stream.
        }
    }

    /// <summary>
    /// Gathers events for at most <paramref name="wait"/>, or less when one arrives that must go out at once (a status
    /// change must not wait behind a pause for meter values).
    /// </summary>
    private static async Task<bool> GatherAsync(ChannelReader<LiveEvent> reader, string? charger, List<LiveEvent> batch, TimeSpan wait, CancellationToken cancellationToken)
    {
        var logged = false;
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        pause.CancelAfter(wait);
        try
        {
            while (await reader.WaitToReadAsync(pause.Token))
            {
                logged |= Drain(reader, charger, batch);
                if (batch.Exists(LiveRefreshThrottle.IsUrgent))
                {
                    return logged;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The pause is over: send what was gathered.
        }

        return logged;
    }

    /// <summary>
    /// Moves every waiting event for this page (all, or one charger's) into <paramref name="batch"/>; new protocol log
    /// frames are not events of the batch but say whether the charger page should read its log again (true).
    /// </summary>
    private static bool Drain(ChannelReader<LiveEvent> reader, string? charger, List<LiveEvent> batch)
    {
        var logged = false;
        while (reader.TryRead(out var liveEvent))
        {
            if (charger is not null && !string.Equals(liveEvent.ChargerId, charger, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (liveEvent.Kind == LiveEventKind.ProtocolLogged)
            {
                logged |= charger is not null;
                continue;
            }

            batch.Add(liveEvent);
        }

        return logged;
    }
}
