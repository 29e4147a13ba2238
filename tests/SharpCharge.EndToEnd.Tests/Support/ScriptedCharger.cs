using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// The handlers of a charger played by the protocol library: each answers one CSMS-initiated action as the test
/// scripts it, and every request received is kept in arrival order for the test to inspect.
/// </summary>
internal sealed class ScriptedCharger
{
    private readonly List<object> _received = [];
    private readonly List<object> _handlers = [];

    public IReadOnlyList<object> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public object[] Handlers => [.. _handlers];

    /// <summary>Answers <typeparamref name="TRequest"/> with what <paramref name="answer"/> returns.</summary>
    public ScriptedCharger On<TRequest, TResponse>(Func<TRequest, TResponse> answer)
        where TRequest : class, IOcppRequest<TResponse>
        where TResponse : class, IOcppResponse
        => OnAsync<TRequest, TResponse>((request, _) => ValueTask.FromResult(answer(request)));

    /// <summary>Answers <typeparamref name="TRequest"/> asynchronously (late, never, or with a CALLERROR by throwing).</summary>
    public ScriptedCharger OnAsync<TRequest, TResponse>(Func<TRequest, OcppCallContext, ValueTask<TResponse>> answer)
        where TRequest : class, IOcppRequest<TResponse>
        where TResponse : class, IOcppResponse
    {
        _handlers.Add(new Handler<TRequest, TResponse>(this, answer));
        return this;
    }

    public T Last<T>() => Received.OfType<T>().Last();

    /// <summary>Waits until a <typeparamref name="T"/> arrived and returns the newest.</summary>
    public async Task<T> WaitForAsync<T>(int count = 1)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Received.OfType<T>().Count() >= count));
        return Last<T>();
    }

    public Task<TestCharger> ConnectAsync(CsmsServer server, string chargerId, OcppVersion version)
        => TestCharger.ConnectAsync(server, chargerId, version, null, Handlers);

    private void Record(object request)
    {
        lock (_received)
        {
            _received.Add(request);
        }
    }

    private sealed class Handler<TRequest, TResponse>(ScriptedCharger owner, Func<TRequest, OcppCallContext, ValueTask<TResponse>> answer) : IOcppHandler<TRequest, TResponse>
        where TRequest : class, IOcppRequest<TResponse>
        where TResponse : class, IOcppResponse
    {
        public ValueTask<TResponse> HandleAsync(TRequest request, OcppCallContext context)
        {
            owner.Record(request);
            return answer(request, context);
        }
    }
}
