namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>One protocol frame as the charger page lists it.</summary>
internal sealed record LogLine(long Id, DateTimeOffset At, string Direction, string Type, string? Action, string Payload);
