using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>A plain HTTP client for the REST API of a running <see cref="CsmsServer"/>: JSON text in, parsed JSON out.</summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    public ApiClient(CsmsServer server, string? apiKey = null, int? port = null)
    {
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port ?? server.ApiPort}/"), Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            _http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }
    }

    public HttpClient Http => _http;

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResponse> PostAsync(string path, string? json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResponse> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<ApiResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>GETs a path that must answer 200 and returns its JSON.</summary>
    public async Task<JsonElement> GetOkAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.Status == HttpStatusCode.OK, $"GET {path} answered {(int)response.Status}: {response.Text}");
        return response.Json;
    }

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An API answer: status, media type and body (parsed on demand).</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string? MediaType, string Text)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    /// <summary>The fields a validation problem names.</summary>
    public IReadOnlyList<string> ErrorFields => [.. Json.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
