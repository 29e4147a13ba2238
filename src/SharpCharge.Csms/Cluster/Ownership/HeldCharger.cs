namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// A charger whose socket this node holds, with the time its connection went online: the same time is its
/// connected-at in the chargers table and its claimed-at in charger_owners, which is how a later write tells whether
/// it is about this connection or an older one.
/// </summary>
internal sealed record HeldCharger(string ChargerId, string OcppVersion, DateTimeOffset ConnectedAt);
