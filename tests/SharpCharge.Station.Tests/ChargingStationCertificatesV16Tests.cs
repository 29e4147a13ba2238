using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>The 1.6 security extension's certificate messages (white paper edition 3: A02, M03-M05).</summary>
public sealed class ChargingStationCertificatesV16Tests
{
    [Fact]
    [Trait("Spec", "OCPP 1.6 security: InstallCertificate, GetInstalledCertificateIds, DeleteCertificate, CertificateHashDataType")]
    public async Task InstallListDelete_CentralSystemRoot()
    {
        await using var harness = await StartAsync(time => new MiniCentralSystem16(time));
        var server = harness.Connector.Server;
        var root = TestCertificates.Root(harness.Time.GetUtcNow());
        var expected = TestCertificates.HashDataOf(root);

        var install = await server.CallAsync(new InstallCertificateRequest { CertificateType = CertificateUseEnumType.CentralSystemRootCertificate, Certificate = root.ExportCertificatePem() });
        var listed = await server.CallAsync(new GetInstalledCertificateIdsRequest { CertificateType = CertificateUseEnumType.CentralSystemRootCertificate });
        var manufacturer = await server.CallAsync(new GetInstalledCertificateIdsRequest { CertificateType = CertificateUseEnumType.ManufacturerRootCertificate });

        Assert.Equal(InstallCertificateStatusEnumType.Accepted, install.Status);
        Assert.Equal(GetInstalledCertificateStatusEnumType.NotFound, manufacturer.Status);
        var hash = Assert.Single(listed.CertificateHashData!);
        Assert.Equal((expected.IssuerNameHash, expected.IssuerKeyHash, "FFF"), (hash.IssuerNameHash, hash.IssuerKeyHash, hash.SerialNumber));

        var deleted = await server.CallAsync(new DeleteCertificateRequest { CertificateHashData = hash });
        var again = await server.CallAsync(new DeleteCertificateRequest { CertificateHashData = hash });
        Assert.Equal((DeleteCertificateStatusEnumType.Accepted, DeleteCertificateStatusEnumType.NotFound), (deleted.Status, again.Status));
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 security A02: ExtendedTriggerMessage(SignChargePointCertificate), SignCertificate, CertificateSigned")]
    public async Task ExtendedTrigger_SignsAndTakesTheCertificate_RejectsAnUnchainedOne()
    {
        MiniCentralSystem16? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem16(time));
        var server = harness.Connector.Server;
        var now = harness.Time.GetUtcNow();
        var root = TestCertificates.Root(now);
        var otherRoot = TestCertificates.Root(now, "CN=Someone Else");

        var trigger = await server.CallAsync(new ExtendedTriggerMessageRequest { RequestedMessage = MessageTriggerEnumType.SignChargePointCertificate });
        await Eventually.TrueAsync(() => Task.FromResult(central!.Received.OfType<SignCertificateRequest>().Any()));
        var csr = central!.Received.OfType<SignCertificateRequest>().Single().Csr;
        await server.CallAsync(new InstallCertificateRequest { CertificateType = CertificateUseEnumType.CentralSystemRootCertificate, Certificate = root.ExportCertificatePem() });

        // Signed by a root the station does not trust: not part of its hierarchy.
        var untrusted = await server.CallAsync(new CertificateSignedRequest { CertificateChain = TestCertificates.Sign(csr, otherRoot, now) });
        var trusted = await server.CallAsync(new CertificateSignedRequest { CertificateChain = TestCertificates.Sign(csr, root, now) });
        await Eventually.TrueAsync(() => Task.FromResult(central.Received.OfType<SecurityEventNotificationRequest>().Any(e => e.Type == "InvalidChargePointCertificate")));

        Assert.Equal(TriggerMessageStatusEnumType.Accepted, trigger.Status);
        Assert.Equal(CertificateSignedStatusEnumType.Rejected, untrusted.Status);
        Assert.Equal(CertificateSignedStatusEnumType.Accepted, trusted.Status);
        Assert.Equal(2, harness.Station.CertificateCount);
    }

    private static async Task<StationHarness> StartAsync(Func<TimeProvider, MiniCentralSystem16> central)
    {
        var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V16), time => central(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
