namespace SharpCharge.Csms.Protocol.V201;

/// <summary>
/// The OCPP 2.0.1 adapter: one method per charging-station-initiated action, translating each message into a call
/// on the version-neutral domain services and the result back. The 2.1 adapter is derived from these files at
/// build time (build/DeriveVersionSources.targets); code only 2.0.1 needs lives in *.V201Only.cs files.
/// </summary>
internal sealed partial class V201CentralSystem(CsmsDomain domain, Diagnostics.CsmsMetrics metrics)
{
    private readonly CsmsDomain _domain = domain;
    private readonly Diagnostics.CsmsMetrics _metrics = metrics;
}
