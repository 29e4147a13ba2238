using System.Reflection;
using System.Text.Json;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Tests.Messages;
using SharpCharge.SchemaGen.Samples;

namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// A router that serves every CALL action of a version, each with the minimal valid response its schema allows, so
/// that a fuzzed frame of any action reaches the payload validator (an unserved action would stop at NotSupported).
/// The handlers are proxies made once per action with <see cref="DispatchProxy"/>: reflection at set-up only.
/// </summary>
internal static class AnswerEveryActionRouter
{
    public static OcppRouter Create(OcppVersion version)
    {
        var catalogue = TestSchemas.Catalogue(version);
        var handlers = new List<object>();
        foreach (var action in catalogue.Actions.Where(a => !a.IsSendOnly))
        {
            var schema = TestSchemas.Model(version).Actions.Single(a => a.Name == action.Name);
            var response = JsonSerializer.Deserialize(SampleBuilder.Minimal(schema.Response!).ToJsonString(), action.ResponseJsonInfo!)!;
            var handlerType = typeof(IOcppHandler<,>).MakeGenericType(action.RequestType, action.ResponseType!);
            var proxy = DispatchProxy.Create(handlerType, typeof(FixedAnswerProxy));
            ((FixedAnswerProxy)proxy).Answer = Activator.CreateInstance(typeof(ValueTask<>).MakeGenericType(action.ResponseType!), response);
            handlers.Add(proxy);
        }

        return OcppRouter.Create(catalogue, [.. handlers]);
    }
}

/// <summary>The one method of an <c>IOcppHandler</c>, answering with a fixed, already boxed <c>ValueTask&lt;TResponse&gt;</c>.</summary>
/// <remarks>Not sealed: <see cref="DispatchProxy"/> derives the proxy class from it.</remarks>
#pragma warning disable CA1852
internal class FixedAnswerProxy : DispatchProxy
#pragma warning restore CA1852
{
    public object? Answer { get; set; }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => Answer;
}
