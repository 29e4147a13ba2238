using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace SharpCharge.Csms.Hosting;

/// <summary>
/// Tags each Kestrel connection with the listener it arrived on, so OCPP and the HTTP API can share one
/// pipeline and still be told apart when ports are picked at run time (port 0 in tests).
/// </summary>
public static class ListenerKind
{
    private const string Key = "SharpCharge.Listener";
    public const string Ocpp = "ocpp";
    public const string OcppTls = "ocpp-tls";
    public const string Api = "api";

    internal static Func<ConnectionDelegate, ConnectionDelegate> Tag(string kind) => next => context =>
    {
        context.Items[Key] = kind;
        return next(context);
    };

    internal static bool IsOcpp(HttpContext http)
        => http.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(Key, out var kind) == true && (string?)kind is Ocpp or OcppTls;
}
