using System.Net;
using System.Text.Json;
using SharpCharge.Csms.Domain;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

/// <summary>
/// JSON console logs (<c>Ocpp:LogFormat=json</c>, the same as <c>OCPP_LOG_FORMAT=json</c>) of the running central system:
/// one REST command is followed from the API to the charger and back through the ids its lines carry.
/// </summary>
public sealed class JsonLogCorrelationTests : IAsyncLifetime
{
    private const string ChargerId = "CP-JSON";

    // The protocol library's event ids (SharpCharge.Ocpp.OcppEventIds): its trace line, and the CALL sent / answered lines.
    private const int ProtocolTrace = 1013;
    private const int CallSent = 1014;
    private const int CallAnswered = 1015;
    private readonly SqliteBackend _storage = new();
    private readonly CapturedLogs _logs = new();
    private CsmsServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task JsonLogs_OneRestCommand_IsFollowedFromTheApiToTheChargerAndBack_ByItsIds()
    {
        _server = await CsmsServer.StartAsync(
            _storage,
            new Dictionary<string, string?>
            {
                ["Ocpp:LogFormat"] = "json",
                ["Ocpp:ProtocolDebug:Enabled"] = "true",
                ["Ocpp:ProtocolDebug:Level"] = "INFO",
                ["Logging:LogLevel:SharpCharge"] = "Information",
                ["Logging:LogLevel:SharpCharge.Ocpp.Rpc"] = "Debug",
                ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            },
            _logs.AttachTo);
        await using var charger = await RawCharger.ConnectAsync(_server, ChargerId, OcppVersion.V201);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V201));

        using var api = new CommandApi(_server);
        var posted = api.PostAsync($"api/chargers/{ChargerId}/clear-cache");
        var call = await charger.Socket.ReceiveAsync() ?? throw new InvalidOperationException("The server closed instead of sending ClearCache.");
        var messageId = call[1].GetString()!;
        await charger.Socket.SendAsync($"[3,\"{messageId}\",{{\"status\":\"Accepted\"}}]");
        var (status, body) = await posted;
        Assert.Equal(HttpStatusCode.OK, status);
        var commandId = body.GetProperty("command_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Every line is one JSON object (parsing fails otherwise).
        var lines = _logs.JsonLines;

        // The command id: the REST side of the exchange, in order, and the message id it went out as.
        var ofCommand = lines.Where(l => Scope(l, "CommandId") == commandId).ToList();
        Assert.Equal(
            [DomainEventIds.CommandSending, ProtocolTrace, CallSent, CallAnswered, DomainEventIds.CommandEnded],
            ofCommand.Select(l => l.GetProperty("EventId").GetInt32()).ToArray());
        Assert.Equal("[OCPP-CALL-SEND]", State(ofCommand[1], "Tag"));
        Assert.All(ofCommand.Skip(1).Take(3), l => Assert.Equal(messageId, State(l, "MessageId")));
        Assert.Equal("callresult", State(ofCommand[3], "Outcome"));
        Assert.Equal("Success", State(ofCommand[4], "Outcome"));

        // They all belong to the REST request, whose own lines (request started and finished) carry the same request id.
        var requestId = Scope(ofCommand[0], "RequestId");
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.All(ofCommand, l => Assert.Equal(requestId, Scope(l, "RequestId")));
        var ofRequest = lines.Where(l => Scope(l, "RequestId") == requestId).ToList();
        Assert.Contains(ofRequest, l => Category(l) == "Microsoft.AspNetCore.Hosting.Diagnostics" && Scope(l, "RequestPath") == $"/api/chargers/{ChargerId}/clear-cache");

        // The message id: the answer, read on the charger's connection, in that connection's scope.
        var answer = Assert.Single(lines, l => State(l, "MessageId") == messageId && State(l, "Tag") == "[OCPP-CALLRESULT-RECV]");
        Assert.Equal(ChargerId, Scope(answer, "ChargerId"));
        var connectionId = Scope(answer, "ConnectionId");
        Assert.False(string.IsNullOrEmpty(connectionId));
        Assert.Null(Scope(answer, "CommandId"));

        // The charger's own CALLs carry the same connection scope: its whole conversation is one grep away.
        var boot = Assert.Single(lines, l => State(l, "Tag") == "[OCPP-CALL-RECV]" && State(l, "Action") == "BootNotification");
        Assert.Equal((ChargerId, connectionId), (Scope(boot, "ChargerId"), Scope(boot, "ConnectionId")));

        // And grepping the raw text for the message id finds both directions and the command's lines.
        var grep = _logs.Lines.Where(l => l.Contains(messageId, StringComparison.Ordinal)).ToList();
        Assert.Contains(grep, l => l.Contains("[OCPP-CALL-SEND]", StringComparison.Ordinal) && l.Contains($"\"CommandId\":{commandId}", StringComparison.Ordinal));
        Assert.Contains(grep, l => l.Contains("[OCPP-CALLRESULT-RECV]", StringComparison.Ordinal) && l.Contains($"\"ConnectionId\":\"{connectionId}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogFormat_Unknown_RefusesToStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CsmsServer.StartAsync(_storage, new Dictionary<string, string?> { ["Ocpp:LogFormat"] = "xml" }));

        Assert.Contains("OCPP_LOG_FORMAT", error.Message, StringComparison.Ordinal);
        Assert.Contains("'xml'", error.Message, StringComparison.Ordinal);
    }

    private static string? Category(JsonElement line) => line.GetProperty("Category").GetString();

    private static string? State(JsonElement line, string name)
        => line.TryGetProperty("State", out var state) && state.ValueKind == JsonValueKind.Object && state.TryGetProperty(name, out var value) ? Text(value) : null;

    /// <summary>The value of a scope property, from the innermost scope that has it.</summary>
    private static string? Scope(JsonElement line, string name)
    {
        if (!line.TryGetProperty("Scopes", out var scopes))
        {
            return null;
        }

        string? found = null;
        foreach (var scope in scopes.EnumerateArray())
        {
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out var value))
            {
                found = Text(value);
            }
        }

        return found;
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
}
