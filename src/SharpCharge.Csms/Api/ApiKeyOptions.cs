using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Api;

/// <summary>One configured API key: <c>Api:Keys:N:Name</c>, <c>Api:Keys:N:Hash</c>, <c>Api:Keys:N:ReadOnly</c>.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key, for the operator's records and log lines. Required.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// The key's salted hash as <c>hash-api-key</c> prints it: <c>sha256:</c>, 32 hex digits of salt, <c>:</c>, 64 hex digits. The key itself is never
    /// configured. Required.
    /// </summary>
    [Required]
    public string Hash { get; set; } = string.Empty;

    /// <summary>A read-only key may only read (GET). Default false.</summary>
    public bool ReadOnly { get; set; }
}
