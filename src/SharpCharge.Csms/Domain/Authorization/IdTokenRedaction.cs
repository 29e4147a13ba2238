namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>Shortens id token values for log lines (STYLE rule 10: never log whole tokens).</summary>
internal static class IdTokenRedaction
{
    public static string Redact(string? value) => value switch
    {
        null => "(none)",
        { Length: <= 4 } => "****",
        _ => string.Concat(value.AsSpan(0, 4), "****"),
    };
}
