using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Domain.Security;

public sealed class CertificateAuthorityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sharpcharge-ca-" + Guid.NewGuid().ToString("N"));
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);

    private string CaPath => Path.Combine(_folder, "ca.pfx");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private CertificateAuthority Create(int validityDays = 365) => new(
        Options.Create(new CertificateAuthorityOptions { Enabled = true, CertificatePath = CaPath, CertificatePassword = "ca-password", ValidityDays = validityDays }),
        _clock,
        NullLogger<CertificateAuthority>.Instance);

    private static string Csr(string subject, AsymmetricAlgorithm key) => key switch
    {
        ECDsa ec => new CertificateRequest(subject, ec, HashAlgorithmName.SHA256).CreateSigningRequestPem(),
        RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem(),
        _ => throw new ArgumentException("EC or RSA", nameof(key)),
    };

    [Fact]
    public void Start_WithoutAFile_CreatesTheCa_AndTheNextStartLoadsTheSameOne()
    {
        using var first = Create();
        Assert.True(File.Exists(CaPath));
        using var second = Create();

        Assert.Equal(first.Certificate!.Thumbprint, second.Certificate!.Thumbprint);
        Assert.True(first.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A02.FR.03, A00.FR.405, A00.FR.508, A00.FR.514")]
    public void Sign_AValidCsr_IssuesACertificateThatChainsToTheCa_WithTheChargerAsCn()
    {
        using var ca = Create(validityDays: 30);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var (issued, problem) = ca.Sign("CP-7", Csr("CN=CP-7, O=Example CPO", key));

        Assert.Null(problem);
        using (issued)
        {
            Assert.Equal("CN=CP-7, O=Example CPO", issued!.Subject);
            Assert.Equal(ca.Certificate!.Subject, issued.Issuer);
            Assert.Empty(issued.Extensions.OfType<X509EnhancedKeyUsageExtension>());
            Assert.False(issued.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
            Assert.InRange(issued.NotAfter.ToUniversalTime(), _clock.GetUtcNow().UtcDateTime.AddDays(29), _clock.GetUtcNow().UtcDateTime.AddDays(31));
            Assert.True(issued.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()));
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.Add(ca.Certificate);
            Assert.True(chain.Build(issued));
        }
    }

    [Fact]
    public void Sign_TwoCsrs_GivesDifferentSerials()
    {
        using var ca = Create();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var one = ca.Sign("CP-7", Csr("CN=CP-7", key)).Issued;
        using var two = ca.Sign("CP-7", Csr("CN=CP-7", key)).Issued;

        Assert.NotEqual(one!.SerialNumber, two!.SerialNumber);
    }

    [Theory]
    [InlineData("CN=CP-OTHER", "not the charger id")]
    [InlineData("O=No Common Name", "not the charger id")]
    public void Sign_ACsrForAnotherName_IsRefused(string subject, string expected)
    {
        using var ca = Create();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var (issued, problem) = ca.Sign("CP-7", Csr(subject, key));

        Assert.Null(issued);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.502")]
    public void Sign_AWeakRsaKey_IsRefused()
    {
        using var ca = Create();
        using var key = RSA.Create(1024);

        var (issued, problem) = ca.Sign("CP-7", Csr("CN=CP-7", key));

        Assert.Null(issued);
        Assert.Contains("2048", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_NotACsr_IsRefusedInWords()
    {
        using var ca = Create();

        var (issued, problem) = ca.Sign("CP-7", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----");

        Assert.Null(issued);
        Assert.StartsWith("The CSR is not a valid PEM PKCS#10 request", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_EnabledWithoutAPath_AreRejectedAtStart()
    {
        Assert.Contains("CertificatePath is required", new CertificateAuthorityOptions { Enabled = true }.Problem(), StringComparison.Ordinal);
        Assert.Null(new CertificateAuthorityOptions().Problem());
        Assert.Contains("ValidityDays", new CertificateAuthorityOptions { ValidityDays = 0 }.Problem(), StringComparison.Ordinal);
    }
}
