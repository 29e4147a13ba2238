namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>The node that holds a charger's WebSocket, and the OCPP version the charger speaks there.</summary>
internal sealed record ChargerOwner(string ChargerId, string NodeId, string OcppVersion);
