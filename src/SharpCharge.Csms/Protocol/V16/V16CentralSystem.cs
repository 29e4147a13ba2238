namespace SharpCharge.Csms.Protocol.V16;

/// <summary>
/// The OCPP 1.6 adapter: one method per charger-initiated action (core and the security extension), each
/// translating the 1.6 message into a call on the version-neutral domain services and the result back.
/// Split by concern into partial files.
/// </summary>
internal sealed partial class V16CentralSystem(CsmsDomain domain, Diagnostics.CsmsMetrics metrics)
{
    private readonly CsmsDomain _domain = domain;
    private readonly Diagnostics.CsmsMetrics _metrics = metrics;
}
