using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

/// <summary>
/// Routes incoming CALLs of one version to handler objects. Built once: every action of the catalogue is
/// matched against the handlers' <see cref="IOcppHandler{TRequest, TResponse}"/> implementations here, so
/// dispatching a message is two dictionary look-ups and a virtual call, with no reflection.
/// </summary>
public sealed class OcppRouter
{
    private readonly FrozenDictionary<OcppAction, OcppHandlerBinding> _bindings;

    private OcppRouter(OcppActionCatalogue catalogue, FrozenDictionary<OcppAction, OcppHandlerBinding> bindings)
    {
        Catalogue = catalogue;
        _bindings = bindings;
    }

    /// <summary>The version's actions; a name missing here is answered with NotImplemented.</summary>
    public OcppActionCatalogue Catalogue { get; }

    /// <summary>The actions some handler serves; a defined action missing here is answered with NotSupported.</summary>
    public IEnumerable<OcppAction> HandledActions => _bindings.Keys;

    /// <summary>
    /// Binds <paramref name="handlers"/> to the actions of <paramref name="catalogue"/>. An action served by two
    /// handlers is a configuration error and throws.
    /// </summary>
    public static OcppRouter Create(OcppActionCatalogue catalogue, params object[] handlers)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(handlers);
        var bindings = new Dictionary<OcppAction, OcppHandlerBinding>(ReferenceEqualityComparer.Instance);
        foreach (var action in catalogue.Actions)
        {
            foreach (var handler in handlers)
            {
                ArgumentNullException.ThrowIfNull(handler, nameof(handlers));
                if (action.Bind(handler) is not { } binding)
                {
                    continue;
                }

                if (!bindings.TryAdd(action, binding))
                {
                    throw new ArgumentException($"Two handlers serve {action}; give each action one handler.", nameof(handlers));
                }
            }
        }

        return new OcppRouter(catalogue, bindings.ToFrozenDictionary(ReferenceEqualityComparer.Instance));
    }

    /// <summary>True when some handler serves the action.</summary>
    public bool Handles(OcppAction action) => _bindings.ContainsKey(action);

    internal bool TryGetBinding(OcppAction action, [NotNullWhen(true)] out OcppHandlerBinding? binding)
        => _bindings.TryGetValue(action, out binding);
}
