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
        try
        {
            while (await subscription.Reader.WaitToReadAsync(cancellationToken))
            {
                Drain(subscription.Reader, charger, batch);
                if (batch.Count == 0)
                {
                    continue;
                }

                if (throttle.WaitBefore(batch) is { } wait && wait > TimeSpan.Zero)
                {
                    await GatherAsync(subscription.Reader, charger, batch, wait, cancellationToken);
                }

                throttle.Refreshed();
                var views = await LiveViews.BuildAsync(batch, queries, cancellationToken);
                batch.Clear();
                if (charger is not null)
                {
                    var log = (await queries.ProtocolLogAsync(charger, 50, cancellationToken)).Where(l => l.Id > lastLogId).ToList();
                    lastLogId = log.Count > 0 ? log[^1].Id : lastLogId;
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
    private static async Task GatherAsync(ChannelReader<LiveEvent> reader, string? charger, List<LiveEvent> batch, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        pause.CancelAfter(wait);
        try
        {
            while (await reader.WaitToReadAsync(pause.Token))
            {
                Drain(reader, charger, batch);
                if (batch.Exists(LiveRefreshThrottle.IsUrgent))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The pause is over: send what was gathered.
        }
    }

    /// <summary>Moves every waiting event for this page (all, or one charger's) into <paramref name="batch"/>.</summary>
    private static void Drain(ChannelReader<LiveEvent> reader, string? charger, List<LiveEvent> batch)
    {
        while (reader.TryRead(out var liveEvent))
        {
            if (charger is null || string.Equals(liveEvent.ChargerId, charger, StringComparison.OrdinalIgnoreCase))
            {
                batch.Add(liveEvent);
            }
        }
    }
}
