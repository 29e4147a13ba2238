using System.Text.Json;

namespace SharpCharge.EndToEnd.Tests.Api;

public abstract partial class ApiEndToEndTests
{
    // Every route of the REST API apart from the charger commands, which list themselves in their own test.
    private static readonly (string Method, string Path, string? RequestSchema, string? ResponseSchema)[] Routes =
    [
        ("get", "/health", null, "HealthReport"),
        ("get", "/health/ready", null, "ReadinessReport"),
        ("get", "/api/chargers", null, "PageOfChargerDto"),
        ("post", "/api/chargers", "RegisterChargerRequest", "ChargerDto"),
        ("get", "/api/chargers/{id}", null, "ChargerDto"),
        ("patch", "/api/chargers/{id}", "UpdateChargerRequest", "ChargerDto"),
        ("delete", "/api/chargers/{id}", null, null),
        ("get", "/api/chargers/{id}/messages", null, "ProtocolMessagePage"),
        ("get", "/api/chargers/{id}/security-profile", null, "SecurityProfileDto"),
        ("put", "/api/chargers/{id}/security-profile", "SecurityProfileBody", "SecurityProfileDto"),
        ("get", "/api/chargers/{id}/client-certificates", null, "ClientCertificateDto"),
        ("post", "/api/chargers/{id}/client-certificates/revocations", "RevokeCertificateBody", "ClientCertificateDto"),
        ("get", "/api/stations", null, "StationDto"),
        ("post", "/api/stations", "CreateStationRequest", "StationDto"),
        ("get", "/api/stations/{id}", null, "StationDto"),
        ("patch", "/api/stations/{id}", "UpdateStationRequest", "StationDto"),
        ("get", "/api/transactions", null, "PageOfTransactionDto"),
        ("get", "/api/transactions.csv", null, null),
        ("get", "/api/transactions/{id}", null, "TransactionDto"),
        ("get", "/api/id-tokens", null, "PageOfIdTokenDto"),
        ("post", "/api/id-tokens", "CreateIdTokenRequest", "IdTokenDto"),
        ("get", "/api/id-tokens/{value}", null, "IdTokenDto"),
        ("patch", "/api/id-tokens/{value}", "UpdateIdTokenRequest", "IdTokenDto"),
        ("delete", "/api/id-tokens/{value}", null, null),
        ("get", "/api/geo/chargers", null, "GeoFeatureCollectionOfChargerGeoProperties"),
        ("get", "/api/geo/heatmap", null, "GeoFeatureCollectionOfHeatmapProperties"),
        ("get", "/api/statistics/dashboard", null, "DashboardDto"),
        ("get", "/api/statistics/daily", null, "DailyStatsDto"),
        ("get", "/api/events", null, "LiveEvent"),
    ];

    [Fact]
    public async Task OpenApi_ListsEveryRouteWithRequestAndResponseSchemasInSnakeCase()
    {
        await using var running = await RunAsync();

        var document = await running.Api.GetOkAsync("openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var (method, path, request, response) in Routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document.");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is missing.");
            var text = operation.GetRawText();
            if (request is not null)
            {
                Assert.Contains($"#/components/schemas/{request}\"", operation.GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
            }

            if (response is not null)
            {
                Assert.Contains($"#/components/schemas/{response}\"", text, StringComparison.Ordinal);
            }

            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{method.ToUpperInvariant()} {path} does not document 401.");
            }
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var charger = schemas.GetProperty("ChargerDto").GetProperty("properties");
        foreach (var name in new[] { "charger_id", "station_id", "vendor", "model", "firmware_version", "ocpp_version", "connected", "last_seen", "status", "connectors", "current_power", "energy_accumulated", "transaction_id" })
        {
            Assert.True(charger.TryGetProperty(name, out _), $"ChargerDto has no '{name}'.");
        }

        var connector = schemas.GetProperty("ConnectorDto").GetProperty("properties");
        Assert.True(connector.TryGetProperty("current_power_kw", out _));
        Assert.Contains("\"suspended_ev\"", schemas.GetRawText(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("api_key", out _));
    }
}
