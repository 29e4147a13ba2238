using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// The operator's hand on a SharpCharge central system: its REST API (docs/api.md). Paths without a leading
/// <c>/</c> are relative to the station under test (<c>/api/chargers/{id}/</c>). Every request and its answer
/// go into the case's transcript; failures are answers, not exceptions, so the case decides what they mean.
/// </summary>
internal sealed class OperatorApi(HttpClient http, string stationId, Transcript transcript, CancellationToken cancellationToken)
{
    public string StationId { get; } = stationId;

    public Task<OperatorReply> Get(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<OperatorReply> Post(string path, JsonObject? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<OperatorReply> Put(string path, JsonObject body) => SendAsync(HttpMethod.Put, path, body);

    public Task<OperatorReply> Patch(string path, JsonObject body) => SendAsync(HttpMethod.Patch, path, body);

    public Task<OperatorReply> Delete(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>Registers an id token with a status (creating it, or changing it when it exists).</summary>
    public async Task<OperatorReply> Token(string idToken, string status, string? groupId = null, DateTimeOffset? expiresAt = null)
    {
        var body = new JsonObject { ["id_token"] = idToken, ["status"] = status };
        if (groupId is not null)
        {
            body["group_id"] = groupId;
        }

        if (expiresAt is { } at)
        {
            body["expires_at"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        var created = await Post("/api/id-tokens", body).ConfigureAwait(false);
        if (created.Status != 409)
        {
            return created;
        }

        body.Remove("id_token");
        return await Patch("/api/id-tokens/" + Uri.EscapeDataString(idToken), body).ConfigureAwait(false);
    }

    private async Task<OperatorReply> SendAsync(HttpMethod method, string path, JsonObject? body)
    {
        var target = path.StartsWith('/') ? path : $"/api/chargers/{Uri.EscapeDataString(StationId)}/{path}";
        using var request = new HttpRequestMessage(method, target);
        var json = body?.ToJsonString();
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        transcript.Note($"operator: {method} {target} {json}");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            transcript.Note($"operator: {(int)response.StatusCode} {text}");
            JsonNode? parsed = null;
            try
            {
                parsed = text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's error page): the status still says what happened.
            }

            return new OperatorReply((int)response.StatusCode, parsed);
        }
        catch (HttpRequestException e)
        {
            transcript.Note($"operator: the API could not be reached: {e.Message}");
            return new OperatorReply(0, null);
        }
    }
}
