namespace SharpCharge.Csms.Api.Commands;

/// <summary>Reads the words a client may send for an OCPP name: "on_idle", "OnIdle" and "onidle" all mean OnIdle.</summary>
internal static class ApiWords
{
    public static bool Matches(string? input, string name)
        => input is not null && string.Equals(input.Replace("_", string.Empty, StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase);
}
