namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>The HTTP client of the operator API: its base address, the API key header, and a timeout above the API's own 30 s command wait.</summary>
internal static class OperatorHttp
{
    public static HttpClient Create(ConformanceSettings settings)
    {
        var http = new HttpClient { BaseAddress = settings.Api, Timeout = TimeSpan.FromSeconds(45) };
        if (settings.ApiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-API-Key", settings.ApiKey);
        }

        return http;
    }
}
