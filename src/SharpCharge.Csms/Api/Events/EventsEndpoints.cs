using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Api.Events;

/// <summary>
/// <c>GET /api/events</c>: live changes as server-sent events (text/event-stream). Each event is
/// <c>event: status_changed</c> (the kind in snake_case) and <c>data: {json}</c>; a <c>: keep-alive</c> comment goes out
/// when nothing happened for <c>Api:EventsKeepAlive</c>, so proxies keep the stream open. A client that reads too
/// slowly loses events (it is told with a <c>: dropped n</c> comment) instead of slowing the chargers down.
/// </summary>
internal static class EventsEndpoints
{
    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    public static void MapEventEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/events", StreamAsync)
            .WithTags("Events")
            .WithName("StreamEvents")
            .WithSummary("Live changes (connects, status, power, transactions) as server-sent events.")
            .Produces<LiveEvent>(StatusCodes.Status200OK, "text/event-stream");
    }

    private static async Task StreamAsync(
        HttpContext http, ILiveEvents events, IOptions<ApiOptions> options, IOptions<JsonOptions> json, TimeProvider time)
    {
        var cancellationToken = http.RequestAborted;
        using var subscription = events.Subscribe(options.Value.EventsBufferSize);
        var serializer = json.Value.SerializerOptions;
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(cancellationToken);

        var reader = subscription.Reader;
        var reported = 0L;
        Task<bool>? waiting = null;
        try
        {
            while (true)
            {
                waiting ??= reader.WaitToReadAsync(cancellationToken).AsTask();
                bool idle;
                using (var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    // The delay's timer is cancelled as soon as events arrive, so a busy stream leaves no timers behind.
                    var keepAlive = Task.Delay(options.Value.EventsKeepAlive, time, delay.Token);
                    idle = await Task.WhenAny(waiting, keepAlive) != waiting;
                    await delay.CancelAsync();
                }

                if (idle)
                {
                    await response.Body.WriteAsync(KeepAlive, cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    continue;
                }

                if (!await waiting)
                {
                    return;
                }

                waiting = null;
                if (subscription.Dropped is var dropped && dropped != reported)
                {
                    await response.Body.WriteAsync(Encoding.UTF8.GetBytes($": dropped {dropped - reported}\n\n"), cancellationToken);
                    reported = dropped;
                }

                while (reader.TryRead(out var liveEvent))
                {
                    // The protocol log's signal is for the dashboard; API clients read the frames from /messages.
                    if (liveEvent.Kind != LiveEventKind.ProtocolLogged)
                    {
                        await WriteAsync(response.Body, liveEvent, serializer, cancellationToken);
                    }
                }

                await response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: the normal end of an event stream.
        }
    }

    private static async Task WriteAsync(Stream body, LiveEvent liveEvent, JsonSerializerOptions serializer, CancellationToken cancellationToken)
    {
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(liveEvent.Kind.ToString());
        await body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: "), cancellationToken);
        await JsonSerializer.SerializeAsync(body, liveEvent, serializer.GetTypeInfo(typeof(LiveEvent)), cancellationToken);
        await body.WriteAsync("\n\n"u8.ToArray(), cancellationToken);
    }
}
