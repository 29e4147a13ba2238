namespace SharpCharge.Csms.Domain.Commands;

/// <summary>The certificates a charger reported as installed.</summary>
internal sealed record InstalledCertificates(IReadOnlyList<CertificateHash> Certificates);
