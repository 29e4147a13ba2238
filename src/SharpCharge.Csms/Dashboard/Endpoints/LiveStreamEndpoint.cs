using System.Text.Json;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>
/// <c>GET /dashboard/live[?charger=id]</c>: a server-sent event stream of <see cref="LiveView"/>s for one open page.
/// Each stream is its own <see cref="ILiveEvents"/> subscription, released when the page closes; nothing polls. A
/// page that falls behind loses events (the subscription is bounded) rather than slowing the chargers.
/// </summary>
internal static class LiveStreamEndpoint
{
    /// <summary>Events one page may have waiting before it loses some.</summary>
    public const int Capacity = 512;

    public static void MapLiveStream(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/dashboard/live", StreamAsync).ExcludeFromDescription();

    private static async Task StreamAsync(HttpContext context, string? charger, ILiveEvents live, DashboardQueries queries)
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

        try
        {
            await foreach (var liveEvent in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                if ((charger is not null && !string.Equals(liveEvent.ChargerId, charger, StringComparison.OrdinalIgnoreCase))
                    || (charger is null && liveEvent.Kind == LiveEventKind.ProtocolLogged))
                {
                    continue;
                }

                // New protocol log frames change nothing else on the page: no need to read the charger's state again.
                var view = liveEvent.Kind == LiveEventKind.ProtocolLogged
                    ? new LiveView("protocol_logged", liveEvent.ChargerId, liveEvent.At)
                    : await LiveViews.BuildAsync(liveEvent, queries, cancellationToken);
                if (charger is not null)
                {
                    var log = (await queries.ProtocolLogAsync(charger, 50, cancellationToken)).Where(l => l.Id > lastLogId).ToList();
                    lastLogId = log.Count > 0 ? log[^1].Id : lastLogId;
                    view = view with { Log = log };
                }

                await context.Response.WriteAsync("data: ", cancellationToken);
                await JsonSerializer.SerializeAsync(context.Response.Body, view, DashboardJsonContext.Default.LiveView, cancellationToken);
                await context.Response.WriteAsync("\n\n", cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page closed: the normal end of a stream.
        }
    }
}
