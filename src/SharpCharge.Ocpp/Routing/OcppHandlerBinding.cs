using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Routing;

/// <summary>An action bound to the handler method that serves it; built once per router.</summary>
internal abstract class OcppHandlerBinding
{
    protected OcppHandlerBinding(OcppAction action) => Action = action;

    public OcppAction Action { get; }
}
