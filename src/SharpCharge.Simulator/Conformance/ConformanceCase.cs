using SharpCharge.Ocpp;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance;

/// <summary>
/// One compliance test case for the central system's role, named by its official id (OCA test case documents:
/// OCPP 1.6 "TC_001_CSMS", 2.0.1 Part 6 "TC_B_01_CSMS"). <see cref="Script"/> writes its steps into a
/// <see cref="CaseScript"/>; a case that cannot run against an arbitrary central system says why in
/// <see cref="NotApplicable"/> instead.
/// </summary>
internal sealed record ConformanceCase(string Id, OcppVersion Version, string Title, Action<CaseScript> Script)
{
    /// <summary>Why the case never runs here (e.g. it needs a certificate authority); null when it runs.</summary>
    public string? NotApplicable { get; init; }

    /// <summary>A case that is listed with its reason but has no script.</summary>
    public static ConformanceCase Skipped(string id, OcppVersion version, string title, string reason)
        => new(id, version, title, _ => { }) { NotApplicable = reason };
}
