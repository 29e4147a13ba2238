namespace SharpCharge.Csms.Api;

/// <summary>
/// The REST API, bound from the "Api" section and checked at start by <c>ApiOptionsValidator</c>. Defaults are set here
/// and repeated in each comment.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Whether every <c>/api</c> request needs an <c>X-API-Key</c>. Null (the default) means: required when
    /// <c>Http:ListenAddress</c> is not a loopback address, optional on loopback. True requires a key everywhere.
    /// False is refused at start on a non-loopback address.
    /// </summary>
    public bool? RequireKey { get; set; }

    /// <summary>The API keys, each stored as a hash (see <c>hash-api-key</c>). Default none.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];

    /// <summary>How often the event stream sends a keep-alive comment when nothing happens. Default 15 seconds; 1 second to 10 minutes.</summary>
    public TimeSpan EventsKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many events one event-stream client may fall behind before it loses events. Default 1000; 1 to 100000.</summary>
    public int EventsBufferSize { get; set; } = 1000;
}
