namespace SharpCharge.Csms.Api.Health;

/// <summary>GET /health/ready: "ok" when every dependency answers, "unavailable" (HTTP 503) otherwise.</summary>
/// <param name="Database">"ok", or what went wrong reaching the database.</param>
internal sealed record ReadinessReport(string Status, string Database);
