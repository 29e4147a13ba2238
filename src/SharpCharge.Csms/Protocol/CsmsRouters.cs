using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Csms.Protocol.V16;
using SharpCharge.Csms.Protocol.V201;
using SharpCharge.Csms.Protocol.V21;

namespace SharpCharge.Csms.Protocol;

/// <summary>The router of each OCPP version, built once at start-up with its adapter.</summary>
internal sealed class CsmsRouters
{
    private readonly OcppRouter _v16;
    private readonly OcppRouter _v201;
    private readonly OcppRouter _v21;

    public CsmsRouters(V16CentralSystem v16, V201CentralSystem v201, V21CentralSystem v21)
    {
        _v16 = OcppRouter.Create(SharpCharge.Ocpp.Messages.V16.V16Actions.Catalogue, v16);
        _v201 = OcppRouter.Create(SharpCharge.Ocpp.Messages.V201.V201Actions.Catalogue, v201);
        _v21 = OcppRouter.Create(SharpCharge.Ocpp.Messages.V21.V21Actions.Catalogue, v21);
    }

    public OcppRouter For(OcppVersion version) => version switch
    {
        OcppVersion.V16 => _v16,
        OcppVersion.V201 => _v201,
        OcppVersion.V21 => _v21,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };
}
