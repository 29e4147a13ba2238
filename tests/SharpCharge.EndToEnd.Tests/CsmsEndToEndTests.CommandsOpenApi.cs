using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    private static readonly (string Method, string Path, string? RequestSchema, string ResponseSchema)[] CommandRoutes =
    [
        ("post", "start", "StartBody", "StartResponse"),
        ("post", "stop", "StopBody", "StopResponse"),
        ("patch", "power", "PowerBody", "PowerResponse"),
        ("post", "reset", "ResetBody", "CommandResponse"),
        ("post", "unlock", "UnlockBody", "CommandResponse"),
        ("post", "availability", "AvailabilityBody", "CommandResponse"),
        ("post", "trigger", "TriggerBody", "CommandResponse"),
        ("post", "clear-cache", null, "CommandResponse"),
        ("post", "data-transfer", "DataTransferBody", "DataTransferResponse"),
        ("get", "configuration", null, "ConfigurationResponse"),
        ("put", "configuration", "ConfigurationBody", "CommandResponse"),
        ("get", "variables", null, "VariablesResponse"),
        ("put", "variables", "VariablesBody", "VariablesResponse"),
        ("post", "reports", "ReportBody", "CommandResponse"),
        ("post", "firmware", "FirmwareBody", "CommandResponse"),
        ("post", "diagnostics", "DiagnosticsBody", "CommandResponse"),
        ("post", "certificates", "CertificateBody", "CommandResponse"),
        ("get", "certificates", null, "CertificatesResponse"),
        ("delete", "certificates", null, "CommandResponse"),
        ("post", "charging-profiles", "SetChargingProfileBody", "CommandResponse"),
        ("delete", "charging-profiles", null, "CommandResponse"),
        ("get", "composite-schedule", null, "ScheduleResponse"),
        ("post", "reservations", "ReservationBody", "CommandResponse"),
        ("delete", "reservations/{reservationId}", null, "CommandResponse"),
        ("post", "local-list", "LocalListBody", "CommandResponse"),
        ("get", "local-list", null, "LocalListVersionResponse"),
        ("post", "display-messages", "DisplayMessageBody", "CommandResponse"),
        ("delete", "display-messages/{messageId}", null, "CommandResponse"),
        ("post", "cost-updated", "CostUpdatedBody", "CommandResponse"),
    ];

    [Fact]
    public async Task OpenApi_ListsEveryCommandRouteWithSchemasAndItsProblems()
    {
        await using var running = await RunAsync();
        using var api = new CommandApi(running.Server);

        var document = await api.OkAsync(HttpMethod.Get, "openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var (method, path, request, response) in CommandRoutes)
        {
            var route = $"/api/chargers/{{id}}/{path}";
            Assert.True(paths.TryGetProperty(route, out var item), $"{route} is missing from the OpenAPI document.");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {route} is missing.");
            if (request is not null)
            {
                Assert.Contains($"#/components/schemas/{request}\"", operation.GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
            }

            var responses = operation.GetProperty("responses");
            Assert.Contains($"#/components/schemas/{response}\"", responses.GetProperty("200").GetRawText(), StringComparison.Ordinal);
            foreach (var status in new[] { "400", "401", "404", "409", "422", "502", "504" })
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{method.ToUpperInvariant()} {route} does not document {status}.");
            }
        }

        Assert.Contains("#/components/schemas/PageOfCommandView\"", paths.GetProperty("/api/commands").GetProperty("get").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("#/components/schemas/CommandView\"", paths.GetProperty("/api/commands/{commandId}").GetProperty("get").GetRawText(), StringComparison.Ordinal);
        var start = document.GetProperty("components").GetProperty("schemas").GetProperty("StartBody").GetProperty("properties");
        Assert.True(start.TryGetProperty("id_token", out _) && start.TryGetProperty("evse_id", out _) && start.TryGetProperty("connector_id", out _));
    }
}
