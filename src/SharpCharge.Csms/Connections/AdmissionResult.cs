namespace SharpCharge.Csms.Connections;

/// <summary>Whether a charger may open its WebSocket, and if not, the HTTP status and reason it gets.</summary>
internal readonly record struct AdmissionResult(bool Admitted, bool Accepted, int StatusCode, string? Reason)
{
    /// <summary>For a lock-out (429): when the charger may try again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static AdmissionResult Admit(bool accepted) => new(true, accepted, 0, null);

    public static AdmissionResult Refuse(int statusCode, string reason) => new(false, false, statusCode, reason);
}
