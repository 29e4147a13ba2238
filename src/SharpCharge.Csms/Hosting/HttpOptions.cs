using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Hosting;

/// <summary>Where the server listens, bound from the "Http" section. Defaults are set here and repeated in each comment.</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>The address every listener binds: <c>*</c> for all interfaces, or an IP such as 127.0.0.1. Default <c>*</c>.</summary>
    [Required]
    public string ListenAddress { get; set; } = "*";

    /// <summary>Port of the REST API, the OpenAPI documents and the dashboard. Default 8080; 0 picks a free port.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 8080;
}
