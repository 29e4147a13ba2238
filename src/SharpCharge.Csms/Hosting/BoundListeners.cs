using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SharpCharge.Csms.Hosting;

/// <summary>
/// The listeners the server opened, by kind, so that the ports actually bound (port 0 picks one) can be read
/// after start: by tests, and by log lines that tell an operator where to point chargers.
/// </summary>
public sealed class BoundListeners
{
    private readonly List<(string Kind, ListenOptions Options)> _listeners = [];

    internal void Add(string kind, ListenOptions options) => _listeners.Add((kind, options));

    /// <summary>The port of the first listener of <paramref name="kind"/> (see <see cref="ListenerKind"/>), once the server has started.</summary>
    public int Port(string kind)
        => _listeners.First(l => l.Kind == kind).Options.EndPoint is IPEndPoint endPoint
            ? endPoint.Port
            : throw new InvalidOperationException($"The {kind} listener is not bound to an IP end point.");
}
