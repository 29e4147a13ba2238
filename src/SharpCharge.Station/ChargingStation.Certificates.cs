using SharpCharge.Station.Certificates;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// Certificate management (2.x A02, M03-M05; the 1.6 security extension's equivalents): the adapters translate the
/// messages, the store holds the certificates and the key pairs of CSRs not yet answered.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly CertificateStore _certificates = new();

    /// <summary>How many certificates the station holds (trust anchors and its own), as SecurityCtrlr.CertificateEntries says.</summary>
    public int CertificateCount => _certificates.Count;

    /// <summary>The station certificate the central system signed for the station's last CSR (CertificateSigned), with its key, or null.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? GetSignedCertificate(bool v2g = false)
        => _certificates.OwnCertificate(v2g ? "V2GCertificate" : "ChargingStationCertificate");

    (InstallOutcome Outcome, string? Reason) IStationControl.InstallCertificate(string use, string pem)
    {
        var (outcome, reason) = _certificates.Install(use, pem, _time.GetUtcNow());
        Raise(Event(StationEventKind.CertificatesChanged) with { Detail = $"install {use} {outcome}{(reason is null ? "" : " " + reason)}" });
        return (outcome, reason);
    }

    IReadOnlyList<InstalledCertificate> IStationControl.FindCertificates(IReadOnlyCollection<string>? uses) => _certificates.Find(uses);

    DeleteOutcome IStationControl.DeleteCertificate(CertificateHash hash)
    {
        var outcome = _certificates.Delete(hash);
        Raise(Event(StationEventKind.CertificatesChanged) with { Detail = $"delete {hash.SerialNumber} {outcome}" });
        return outcome;
    }

    string IStationControl.CreateSigningRequest(string use)
    {
        // Profile 3 certificates name the station's serial number as CN and the operator as O (OCPP-NOTES §3.4).
        var csr = _certificates.CreateSigningRequest(use, _options.SerialNumber ?? _options.Id, _settings.Get(Setting.OrganizationName) is { Length: > 0 } organization ? organization : _options.Vendor);
        Raise(Event(StationEventKind.CertificatesChanged) with { Detail = $"csr {use}" });
        return csr;
    }

    bool IStationControl.CertificateSigned(string use, string chainPem, string invalidEventType)
    {
        var (accepted, reason) = _certificates.AcceptSigned(use, chainPem, _time.GetUtcNow());
        Raise(Event(StationEventKind.CertificatesChanged) with { Detail = $"signed {use} {(accepted ? "Accepted" : "Rejected " + reason)}" });
        if (!accepted)
        {
            // A02.FR.07 (1.6: InvalidChargePointCertificate): the certificate is discarded and the event reported.
            ReportSecurityEvent(invalidEventType, reason);
        }

        return accepted;
    }
}
