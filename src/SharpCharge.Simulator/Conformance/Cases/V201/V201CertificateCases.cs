using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block M, certificate management (Part 6 TC_M_*_CSMS): installing, listing and deleting the station's root certificates.</summary>
internal static class V201CertificateCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_M_01_CSMS", "Install CA certificate - CSMSRootCertificate", s => Install(s, InstallCertificateUseEnumType.CSMSRootCertificate, InstallCertificateStatusEnumType.Accepted));
        yield return Case("TC_M_02_CSMS", "Install CA certificate - ManufacturerRootCertificate", s => Install(s, InstallCertificateUseEnumType.ManufacturerRootCertificate, InstallCertificateStatusEnumType.Accepted));
        yield return Case("TC_M_03_CSMS", "Install CA certificate - V2GRootCertificate", s => Install(s, InstallCertificateUseEnumType.V2GRootCertificate, InstallCertificateStatusEnumType.Accepted));
        yield return Case("TC_M_04_CSMS", "Install CA certificate - MORootCertificate", s => Install(s, InstallCertificateUseEnumType.MORootCertificate, InstallCertificateStatusEnumType.Accepted));
        yield return Case("TC_M_05_CSMS", "Install CA certificate - Failed", s => Install(s, InstallCertificateUseEnumType.CSMSRootCertificate, InstallCertificateStatusEnumType.Failed));

        yield return Case("TC_M_12_CSMS", "Retrieve certificates from Charging Station - CSMSRootCertificate", s =>
        {
            s.Booted();
            foreach (var algorithm in new[] { HashAlgorithmEnumType.SHA256, HashAlgorithmEnumType.SHA384, HashAlgorithmEnumType.SHA512 })
            {
                GetInstalled(s, [GetCertificateIdUseEnumType.CSMSRootCertificate], algorithm, GetInstalledCertificateStatusEnumType.Accepted);
            }
        });
        yield return Retrieve("TC_M_13_CSMS", "Retrieve certificates from Charging Station - ManufacturerRootCertificate", GetCertificateIdUseEnumType.ManufacturerRootCertificate);
        yield return Retrieve("TC_M_14_CSMS", "Retrieve certificates from Charging Station - V2GRootCertificate", GetCertificateIdUseEnumType.V2GRootCertificate);
        yield return Retrieve("TC_M_15_CSMS", "Retrieve certificates from Charging Station - V2GCertificateChain", GetCertificateIdUseEnumType.V2GCertificateChain);
        yield return Retrieve("TC_M_16_CSMS", "Retrieve certificates from Charging Station - MORootCertificate", GetCertificateIdUseEnumType.MORootCertificate);
        yield return Retrieve("TC_M_17_CSMS", "Retrieve certificates from Charging Station - CSMSRootCertificate & ManufacturerRootCertificate",
            GetCertificateIdUseEnumType.CSMSRootCertificate, GetCertificateIdUseEnumType.ManufacturerRootCertificate);
        yield return Retrieve("TC_M_18_CSMS", "Retrieve certificates from Charging Station - All certificateTypes");
        yield return Case("TC_M_19_CSMS", "Retrieve certificates from Charging Station - No matching certificate found", s =>
        {
            s.Booted();
            GetInstalled(s, [GetCertificateIdUseEnumType.ManufacturerRootCertificate], HashAlgorithmEnumType.SHA256, GetInstalledCertificateStatusEnumType.NotFound);
        });

        yield return Case("TC_M_20_CSMS", "Delete a certificate from a Charging Station - Success", s =>
        {
            s.Booted();
            foreach (var algorithm in new[] { HashAlgorithmEnumType.SHA256, HashAlgorithmEnumType.SHA384, HashAlgorithmEnumType.SHA512 })
            {
                Delete(s, algorithm, DeleteCertificateStatusEnumType.Accepted);
            }
        });
        yield return Case("TC_M_21_CSMS", "Delete a certificate from a Charging Station - Failed", s =>
        {
            s.Booted();
            Delete(s, HashAlgorithmEnumType.SHA256, DeleteCertificateStatusEnumType.Failed);
        });

        yield return ConformanceCase.Skipped("TC_M_24_CSMS", OcppVersion.V201, "Get Charging Station Certificate status - Success",
            "needs an OCSP responder the CSMS can reach for the station's V2G certificate; SharpCharge has no OCSP client and answers GetCertificateStatus with Failed");
        yield return ConformanceCase.Skipped("TC_M_26_CSMS", OcppVersion.V201, "Certificate Installation EV - Success",
            "needs an ISO 15118 contract certificate service (a mobility operator's PKI); SharpCharge answers Get15118EVCertificate with Failed");
        yield return ConformanceCase.Skipped("TC_M_28_CSMS", OcppVersion.V201, "Certificate Update EV - Success",
            "needs an ISO 15118 contract certificate service (a mobility operator's PKI); SharpCharge answers Get15118EVCertificate with Failed");
    }

    /// <summary>Reusable state CertificateInstalled: the operator installs a root certificate of <paramref name="use"/>.</summary>
    private static void Install(CaseScript s, InstallCertificateUseEnumType use, InstallCertificateStatusEnumType answer)
    {
        s.Booted();
        var pem = RootCertificatePem();
        s.Operator($"Request the CSMS to install a {use}", api => api.Post("certificates", new JsonObject { ["certificate_type"] = use.ToOcppString(), ["certificate"] = pem }));
        s.ExpectCall(V201Actions.InstallCertificate)
            .Where(r => r.CertificateType == use && r.Certificate.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
            .Reply(_ => new InstallCertificateResponse { Status = answer });
    }

    private static ConformanceCase Retrieve(string id, string title, params GetCertificateIdUseEnumType[] uses) => Case(id, title, s =>
    {
        s.Booted();
        GetInstalled(s, uses, HashAlgorithmEnumType.SHA256, GetInstalledCertificateStatusEnumType.Accepted);
    });

    /// <summary>Reusable state GetInstalledCertificates: the operator asks for <paramref name="uses"/> (all when empty).</summary>
    private static void GetInstalled(CaseScript s, GetCertificateIdUseEnumType[] uses, HashAlgorithmEnumType algorithm, GetInstalledCertificateStatusEnumType answer)
    {
        var query = string.Join("&", uses.Select(u => "certificate_type=" + u.ToOcppString()));
        var what = uses.Length == 0 ? "all installed certificates" : "the installed " + string.Join(" and ", uses.Select(u => u.ToOcppString()));
        s.Operator($"Request the CSMS to get {what}", api => api.Get("certificates" + (query.Length == 0 ? "" : "?" + query)));
        s.ExpectCall(V201Actions.GetInstalledCertificateIds)
            .Where(r => uses.Length == 0 ? r.CertificateType == null || r.CertificateType.Count == 0 : r.CertificateType != null && r.CertificateType.Order().SequenceEqual(uses.Order()))
            .Reply(_ => new GetInstalledCertificateIdsResponse
            {
                Status = answer,
                CertificateHashDataChain = answer == GetInstalledCertificateStatusEnumType.NotFound
                    ? null
                    : [.. (uses.Length == 0 ? Enum.GetValues<GetCertificateIdUseEnumType>() : uses).Select(u => new CertificateHashDataChainType { CertificateType = u, CertificateHashData = Hash(algorithm) })],
            });
    }

    /// <summary>
    /// TC_M_20/21: the CSMS first learns the certificate's hash data from the station, then deletes by exactly that
    /// data. With the SharpCharge API the operator does it in the same two steps.
    /// </summary>
    private static void Delete(CaseScript s, HashAlgorithmEnumType algorithm, DeleteCertificateStatusEnumType answer)
    {
        GetInstalled(s, [GetCertificateIdUseEnumType.CSMSRootCertificate], algorithm, GetInstalledCertificateStatusEnumType.Accepted);
        var hash = Hash(algorithm);
        s.Operator("Request the CSMS to delete the CSMSRootCertificate it was shown", api => api.Delete(
            $"certificates?hash_algorithm={hash.HashAlgorithm.ToOcppString()}&issuer_name_hash={hash.IssuerNameHash}&issuer_key_hash={hash.IssuerKeyHash}&serial_number={hash.SerialNumber}"));
        s.ExpectCall(V201Actions.DeleteCertificate)
            .Where(r => r.CertificateHashData.HashAlgorithm == hash.HashAlgorithm && r.CertificateHashData.IssuerNameHash == hash.IssuerNameHash
                        && r.CertificateHashData.IssuerKeyHash == hash.IssuerKeyHash && r.CertificateHashData.SerialNumber == hash.SerialNumber)
            .Reply(_ => new DeleteCertificateResponse { Status = answer });
    }

    /// <summary>The hash data the station reports for its CSMS root, with hashes of the length <paramref name="algorithm"/> gives.</summary>
    private static CertificateHashDataType Hash(HashAlgorithmEnumType algorithm)
    {
        var length = algorithm switch
        {
            HashAlgorithmEnumType.SHA384 => 48,
            HashAlgorithmEnumType.SHA512 => 64,
            _ => 32,
        };
        return new CertificateHashDataType
        {
            HashAlgorithm = algorithm,
            IssuerNameHash = new string('a', length * 2),
            IssuerKeyHash = new string('b', length * 2),
            SerialNumber = "5c3d",
        };
    }

    private static string RootCertificatePem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=SharpCharge conformance root", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.ExportCertificatePem();
    }
}
