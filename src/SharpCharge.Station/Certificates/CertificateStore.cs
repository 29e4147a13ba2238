using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SharpCharge.Station.Certificates;

/// <summary>
/// The station's certificates, in memory: the trust anchors InstallCertificate adds (M05; 1.6 security extension
/// §A.3) and the station's own certificates that CertificateSigned delivers for a CSR it sent (A02). Thread-safe.
/// </summary>
internal sealed class CertificateStore
{
    /// <summary>SecurityCtrlr.CertificateEntries maxLimit (1.6 CertificateStoreMaxLength): one more is Rejected (M05.FR.06).</summary>
    public const int Capacity = 20;

    private readonly Lock _gate = new();
    private readonly List<InstalledCertificate> _roots = [];
    private readonly Dictionary<string, InstalledCertificate> _own = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ECDsa> _pendingKeys = new(StringComparer.Ordinal);

    /// <summary>Installed roots plus the station's own certificates with their sub-CAs (SecurityCtrlr.CertificateEntries).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _roots.Count + _own.Values.Sum(c => 1 + c.Children.Count);
            }
        }
    }

    /// <summary>
    /// InstallCertificate: a PEM root certificate, valid now and self-signed (a trust anchor), replaces an identical
    /// one (M05.FR.17); anything else is Rejected (M05.FR.07), and so is one more than <see cref="Capacity"/> (M05.FR.06).
    /// </summary>
    public (InstallOutcome Outcome, string? Reason) Install(string use, string pem, DateTimeOffset now)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            return (InstallOutcome.Rejected, "NotPem");
        }

        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return (InstallOutcome.Rejected, "Expired");
        }

        if (!IsSelfSigned(certificate, now))
        {
            return (InstallOutcome.Rejected, "NotARootCertificate");
        }

        lock (_gate)
        {
            var existing = _roots.FindIndex(r => r.Use == use && r.Certificate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span));
            if (existing >= 0)
            {
                _roots[existing] = new InstalledCertificate(use, certificate, certificate);
                return (InstallOutcome.Accepted, null);
            }

            if (_roots.Count + _own.Count >= Capacity)
            {
                return (InstallOutcome.Rejected, "CertificateStoreFull");
            }

            _roots.Add(new InstalledCertificate(use, certificate, certificate));
            return (InstallOutcome.Accepted, null);
        }
    }

    /// <summary>GetInstalledCertificateIds: the certificates of the given uses (all when none), with their hash data (M03).</summary>
    public IReadOnlyList<InstalledCertificate> Find(IReadOnlyCollection<string>? uses)
    {
        lock (_gate)
        {
            return [.. _roots.Concat(_own.Values).Where(c => uses is null || uses.Count == 0 || uses.Contains(c.Use))];
        }
    }

    /// <summary>
    /// DeleteCertificate: removes the installed root with that hash data (M04.FR.02); the station's own certificate
    /// cannot be deleted (M04.FR.06, Failed); nothing matching is NotFound (M04.FR.04).
    /// </summary>
    public DeleteOutcome Delete(CertificateHash hash)
    {
        lock (_gate)
        {
            if (_own.Values.Any(c => c.Matches(hash)))
            {
                return DeleteOutcome.Failed;
            }

            return _roots.RemoveAll(c => c.Matches(hash)) > 0 ? DeleteOutcome.Accepted : DeleteOutcome.NotFound;
        }
    }

    /// <summary>
    /// A new key pair for <paramref name="use"/> (ChargingStationCertificate or V2GCertificate) and its CSR as PEM
    /// (A02.FR.02, A02.FR.03). The private key stays here (A02.FR.05); a newer request replaces an unanswered one.
    /// </summary>
    public string CreateSigningRequest(string use, string commonName, string organization)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddOrganizationName(organization);
        subject.AddCommonName(commonName);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        var pem = request.CreateSigningRequestPem();
        lock (_gate)
        {
            if (_pendingKeys.Remove(use, out var old))
            {
                old.Dispose();
            }

            _pendingKeys[use] = key;
        }

        return pem;
    }

    /// <summary>
    /// CertificateSigned: the PEM chain (leaf first) is accepted when the leaf carries the public key of the CSR sent
    /// for <paramref name="use"/>, and the chain is valid now up to an installed root (A02.FR.06). Otherwise Rejected
    /// with the reason (A02.FR.07). The new certificate replaces the station's previous one of that use.
    /// </summary>
    public (bool Accepted, string? Reason) AcceptSigned(string use, string chainPem, DateTimeOffset now)
    {
        var chain = new X509Certificate2Collection();
        try
        {
            chain.ImportFromPem(chainPem);
        }
        catch (CryptographicException)
        {
            return (false, "NotPem");
        }

        if (chain.Count == 0)
        {
            return (false, "NotPem");
        }

        var leaf = chain[0];
        lock (_gate)
        {
            if (!_pendingKeys.TryGetValue(use, out var key))
            {
                return (false, "NoSigningRequest");
            }

            if (!leaf.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()))
            {
                return (false, "KeyMismatch");
            }

            var path = BuildPath(leaf, [.. chain.Skip(1)], now);
            if (path is null)
            {
                return (false, "InvalidChain");
            }

            // path: leaf, sub-CAs..., root. The leaf and the sub-CAs are kept with their issuers for the hash data.
            var children = new List<InstalledCertificate>();
            for (var i = 1; i < path.Count - 1; i++)
            {
                children.Add(new InstalledCertificate(use, path[i], path[i + 1]));
            }

            _own[use] = new InstalledCertificate(use, leaf.CopyWithPrivateKey(key), path[1]) { Children = children };
            _pendingKeys.Remove(use);
            return (true, null);
        }
    }

    /// <summary>The station's own certificate of that use, with its private key, or null.</summary>
    public X509Certificate2? OwnCertificate(string use)
    {
        lock (_gate)
        {
            return _own.TryGetValue(use, out var own) ? own.Certificate : null;
        }
    }

    /// <summary>leaf → root through the given intermediates, trusting only the installed roots; null when it does not chain or is not valid now.</summary>
    private List<X509Certificate2>? BuildPath(X509Certificate2 leaf, X509Certificate2[] intermediates, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.AddRange(_roots.Select(r => r.Certificate).ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        if (!chain.Build(leaf))
        {
            return null;
        }

        return [.. chain.ChainElements.Select(e => e.Certificate)];
    }

    private static bool IsSelfSigned(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (!certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.Add(certificate);
        return chain.Build(certificate);
    }
}
