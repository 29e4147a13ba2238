using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>The REST API of a running central system, called as a client would: JSON text in, status and JSON out.</summary>
internal sealed class CommandApi(CsmsServer server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{server.ApiPort}/"), Timeout = TimeSpan.FromSeconds(60) };

    public Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string json = "{}") => SendAsync(HttpMethod.Post, path, json);

    public Task<(HttpStatusCode Status, JsonElement Body)> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<(HttpStatusCode Status, JsonElement Body)> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<(HttpStatusCode Status, JsonElement Body)> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body);
    }

    /// <summary>Posts and asserts 200, returning the body.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string path, string? json = null)
    {
        var (status, body) = await SendAsync(method, path, json);
        Assert.True(status == HttpStatusCode.OK, $"{method} {path} answered {(int)status}: {body}");
        return body;
    }

    public void Dispose() => _http.Dispose();
}
