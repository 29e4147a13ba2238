using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>The 2.0.1 certificate messages against the station's certificate store (A02, M03-M05).</summary>
public sealed class ChargingStationCertificatesV201Tests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 M05.FR.02, M03.FR.03, M03.FR.04, M04.FR.02, M04.FR.04, CertificateHashDataType")]
    public async Task InstallListDelete_ReportsTheRootsRealHashData()
    {
        await using var harness = await StartAsync(out _);
        var root = TestCertificates.Root(harness.Time.GetUtcNow());
        var expected = TestCertificates.HashDataOf(root);

        var none = await harness.Connector.Server.CallAsync(new GetInstalledCertificateIdsRequest());
        var install = await harness.Connector.Server.CallAsync(new InstallCertificateRequest { CertificateType = InstallCertificateUseEnumType.CSMSRootCertificate, Certificate = root.ExportCertificatePem() });
        var listed = await harness.Connector.Server.CallAsync(new GetInstalledCertificateIdsRequest { CertificateType = [GetCertificateIdUseEnumType.CSMSRootCertificate] });
        var otherType = await harness.Connector.Server.CallAsync(new GetInstalledCertificateIdsRequest { CertificateType = [GetCertificateIdUseEnumType.MORootCertificate] });

        Assert.Equal(GetInstalledCertificateStatusEnumType.NotFound, none.Status);
        Assert.Equal(InstallCertificateStatusEnumType.Accepted, install.Status);
        Assert.Equal(GetInstalledCertificateStatusEnumType.NotFound, otherType.Status);
        var chain = Assert.Single(listed.CertificateHashDataChain!);
        Assert.Equal(GetCertificateIdUseEnumType.CSMSRootCertificate, chain.CertificateType);
        var hash = chain.CertificateHashData;
        Assert.Equal((HashAlgorithmEnumType.SHA256, expected.IssuerNameHash, expected.IssuerKeyHash, "FFF"), (hash.HashAlgorithm, hash.IssuerNameHash, hash.IssuerKeyHash, hash.SerialNumber));
        Assert.Equal(expected.Serial, hash.SerialNumber);
        Assert.Equal(1, harness.Station.CertificateCount);

        var deleted = await harness.Connector.Server.CallAsync(new DeleteCertificateRequest { CertificateHashData = hash with { IssuerNameHash = hash.IssuerNameHash.ToUpperInvariant() } });
        var again = await harness.Connector.Server.CallAsync(new DeleteCertificateRequest { CertificateHashData = hash });
        Assert.Equal(DeleteCertificateStatusEnumType.Accepted, deleted.Status);
        Assert.Equal(DeleteCertificateStatusEnumType.NotFound, again.Status);
        Assert.Equal(0, harness.Station.CertificateCount);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 M05.FR.07")]
    public async Task Install_NotACertificateOrNotARoot_IsRejected()
    {
        await using var harness = await StartAsync(out _);
        var root = TestCertificates.Root(harness.Time.GetUtcNow());
        var signedLeaf = TestCertificates.Sign(new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=leaf", System.Security.Cryptography.ECDsa.Create(), System.Security.Cryptography.HashAlgorithmName.SHA256).CreateSigningRequestPem(), root, harness.Time.GetUtcNow());

        var garbage = await harness.Connector.Server.CallAsync(new InstallCertificateRequest { CertificateType = InstallCertificateUseEnumType.V2GRootCertificate, Certificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" });
        var leaf = await harness.Connector.Server.CallAsync(new InstallCertificateRequest { CertificateType = InstallCertificateUseEnumType.V2GRootCertificate, Certificate = signedLeaf });

        Assert.Equal(InstallCertificateStatusEnumType.Rejected, garbage.Status);
        Assert.Equal(InstallCertificateStatusEnumType.Rejected, leaf.Status);
        Assert.Equal("NotARootCertificate", leaf.StatusInfo?.ReasonCode);
        Assert.Equal(0, harness.Station.CertificateCount);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A02.FR.02, A02.FR.03, A02.FR.06, A02.FR.07, M04.FR.06")]
    public async Task TriggeredSigning_SendsACsr_AcceptsItsSignedCertificateOnly()
    {
        await using var harness = await StartAsync(out var central);
        var now = harness.Time.GetUtcNow();
        var root = TestCertificates.Root(now);
        await harness.Connector.Server.CallAsync(new InstallCertificateRequest { CertificateType = InstallCertificateUseEnumType.CSMSRootCertificate, Certificate = root.ExportCertificatePem() });

        var trigger = await harness.Connector.Server.CallAsync(new TriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.SignChargingStationCertificate });
        await Eventually.TrueAsync(() => Task.FromResult(central().All<SignCertificateRequest>().Count == 1));
        var csr = central().All<SignCertificateRequest>()[0];
        var parsed = System.Security.Cryptography.X509Certificates.CertificateRequest.LoadSigningRequestPem(csr.Csr, System.Security.Cryptography.HashAlgorithmName.SHA256);

        // A certificate for another key is refused with a security event; the one for the CSR's key is taken.
        var stranger = TestCertificates.Sign(new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=other", System.Security.Cryptography.ECDsa.Create(), System.Security.Cryptography.HashAlgorithmName.SHA256).CreateSigningRequestPem(), root, now);
        var wrong = await harness.Connector.Server.CallAsync(new CertificateSignedRequest { CertificateChain = stranger, CertificateType = CertificateSigningUseEnumType.ChargingStationCertificate });
        var right = await harness.Connector.Server.CallAsync(new CertificateSignedRequest { CertificateChain = TestCertificates.Sign(csr.Csr, root, now), CertificateType = CertificateSigningUseEnumType.ChargingStationCertificate });
        await Eventually.TrueAsync(() => Task.FromResult(central().All<SecurityEventNotificationRequest>().Any(e => e.Type == "InvalidChargingStationCertificate")));

        Assert.Equal(TriggerMessageStatusEnumType.Accepted, trigger.Status);
        Assert.Equal(CertificateSigningUseEnumType.ChargingStationCertificate, csr.CertificateType);
        Assert.Contains("CN=CP-1", parsed.SubjectName.Name, StringComparison.Ordinal);
        Assert.Equal(CertificateSignedStatusEnumType.Rejected, wrong.Status);
        Assert.Equal(CertificateSignedStatusEnumType.Accepted, right.Status);
        var own = harness.Station.GetSignedCertificate();
        Assert.NotNull(own);
        Assert.True(own.HasPrivateKey);
        Assert.Equal(parsed.PublicKey.ExportSubjectPublicKeyInfo(), own.PublicKey.ExportSubjectPublicKeyInfo());

        // M04.FR.06: the station's own certificate cannot be deleted.
        var ownHash = TestCertificates.HashDataOf(root);
        var delete = await harness.Connector.Server.CallAsync(new DeleteCertificateRequest
        {
            CertificateHashData = new CertificateHashDataType { HashAlgorithm = HashAlgorithmEnumType.SHA256, IssuerNameHash = ownHash.IssuerNameHash, IssuerKeyHash = ownHash.IssuerKeyHash, SerialNumber = "10203" },
        });
        Assert.Equal(DeleteCertificateStatusEnumType.Failed, delete.Status);
    }

    private static Task<StationHarness> StartAsync(out Func<MiniCentralSystem201> central)
    {
        MiniCentralSystem201? mini = null;
        central = () => mini!;
        return StartAsync(time => mini = new MiniCentralSystem201(time));
    }

    private static async Task<StationHarness> StartAsync(Func<TimeProvider, MiniCentralSystem201> central)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => central(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
