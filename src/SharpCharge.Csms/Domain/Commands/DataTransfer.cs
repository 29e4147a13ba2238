namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// A vendor-specific DataTransfer. <see cref="DataJson"/> is any JSON: 2.x sends it as is; 1.6 carries a string, so a
/// JSON string goes as its value and anything else as its JSON text.
/// </summary>
internal sealed record DataTransfer(string VendorId, string? MessageId, string? DataJson) : ChargerCommand
{
    public override string Name => "DataTransfer";
}
