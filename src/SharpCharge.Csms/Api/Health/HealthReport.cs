namespace SharpCharge.Csms.Api.Health;

/// <summary>GET /health: the process is up. <c>status</c> is always "ok".</summary>
internal sealed record HealthReport(string Status, string Version, int ConnectedChargers, DateTimeOffset Time);
