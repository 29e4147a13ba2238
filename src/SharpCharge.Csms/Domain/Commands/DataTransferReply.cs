namespace SharpCharge.Csms.Domain.Commands;

/// <summary>The data a DataTransfer answer carried, as JSON (1.6 data is always a JSON string).</summary>
internal sealed record DataTransferReply(string? DataJson);
