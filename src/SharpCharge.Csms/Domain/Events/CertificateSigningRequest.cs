namespace SharpCharge.Csms.Domain.Events;

/// <summary>
/// A SignCertificate request kept for the operator (signing comes with the PKI work). <see cref="Status"/> starts as
/// <see cref="StatusReceived"/>.
/// </summary>
internal sealed record CertificateSigningRequest(long Id, string ChargerId, string Csr, string Status, DateTimeOffset ReceivedAt)
{
    public const string StatusReceived = "received";

    /// <summary>2.x certificateType (ChargingStationCertificate, V2GCertificate); null for 1.6.</summary>
    public string? CertificateType { get; init; }
}
