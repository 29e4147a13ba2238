using System.Text;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Tests.Domain.Stations;

public sealed class PasswordHasherTests
{
    private const int Iterations = 1_000;

    [Fact]
    public void Verify_SamePassword_ReturnsTrue()
    {
        var hash = PasswordHasher.Hash("s3cret-password-16"u8, Iterations);

        Assert.True(PasswordHasher.Verify("s3cret-password-16"u8, hash));
    }

    [Fact]
    public void Verify_OtherPassword_ReturnsFalse()
    {
        var hash = PasswordHasher.Hash("s3cret-password-16"u8, Iterations);

        Assert.False(PasswordHasher.Verify("s3cret-password-17"u8, hash));
    }

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        var first = PasswordHasher.Hash("s3cret-password-16"u8, Iterations);
        var second = PasswordHasher.Hash("s3cret-password-16"u8, Iterations);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Hash_Always_StoresSchemeIterationsSaltAndHashButNoPlaintext()
    {
        var hash = PasswordHasher.Hash("s3cret-password-16"u8, Iterations);

        var parts = hash.Split('$');
        Assert.Equal(["pbkdf2-sha256", "1000"], parts[..2]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.DoesNotContain("s3cret", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RawKeyBytesThatAreNotUtf8_Match()
    {
        byte[] key = [0xFF, 0x00, 0x10, 0x80, 0xC3, 0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A];
        var hash = PasswordHasher.Hash(key, Iterations);

        Assert.True(PasswordHasher.Verify(key, hash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plaintext")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not-base64$AAAA")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [InlineData("md5$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Verify_MalformedStoredValue_ReturnsFalse(string stored)
    {
        Assert.False(PasswordHasher.Verify(Encoding.UTF8.GetBytes("plaintext"), stored));
    }
}
