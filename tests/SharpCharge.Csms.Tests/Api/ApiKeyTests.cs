using Microsoft.Extensions.Options;
using SharpCharge.Csms.Api;
using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Hosting;

namespace SharpCharge.Csms.Tests.Api;

public sealed class ApiKeyTests
{
    private static ApiAccessPolicy Policy(string listenAddress, bool? requireKey, params ApiKeyOptions[] keys) =>
        new(Options.Create(new ApiOptions { RequireKey = requireKey, Keys = [.. keys] }), Options.Create(new HttpOptions { ListenAddress = listenAddress }));

    [Theory]
    [InlineData("127.0.0.1", null, false)]
    [InlineData("::1", null, false)]
    [InlineData("*", null, true)]
    [InlineData("0.0.0.0", null, true)]
    [InlineData("192.168.1.10", null, true)]
    [InlineData("127.0.0.1", true, true)]
    public void RequireKey_FollowsTheListenAddressUnlessConfigured(string address, bool? requireKey, bool expected)
    {
        Assert.Equal(expected, Policy(address, requireKey).RequireKey);
    }

    [Fact]
    public void Find_MatchesOnlyTheKeyWhoseHashIsConfigured()
    {
        var key = ApiKeyHasher.NewKey();
        var other = ApiKeyHasher.NewKey();
        var policy = Policy("*", null,
            new ApiKeyOptions { Name = "reader", Hash = ApiKeyHasher.Hash(other), ReadOnly = true },
            new ApiKeyOptions { Name = "ops", Hash = ApiKeyHasher.Hash(key) });

        Assert.Equal(("ops", false), policy.Find(key));
        Assert.Equal(("reader", true), policy.Find(other));
        Assert.Null(policy.Find(key + "x"));
    }

    [Fact]
    public void Find_StillAcceptsTheOlderUnsaltedHash()
    {
        var key = ApiKeyHasher.NewKey();
        var unsalted = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        var policy = Policy("*", null, new ApiKeyOptions { Name = "old", Hash = unsalted });

        Assert.Equal(("old", false), policy.Find(key));
        Assert.Null(policy.Find(ApiKeyHasher.NewKey()));
    }

    [Fact]
    public void NewKey_Is256BitsOfBase64Url_AndHashesAreSalted()
    {
        var key = ApiKeyHasher.NewKey();

        Assert.Equal(43, key.Length);
        Assert.DoesNotContain(key, c => c is '+' or '/' or '=');
        Assert.NotEqual(key, ApiKeyHasher.NewKey());
        Assert.NotEqual(ApiKeyHasher.Hash(key), ApiKeyHasher.Hash(key));
        Assert.Matches("^sha256:[0-9a-f]{32}:[0-9a-f]{64}$", ApiKeyHasher.Hash(key));
        Assert.NotNull(ApiKeyHasher.ParseHash(ApiKeyHasher.Hash(key)));
        Assert.Null(ApiKeyHasher.ParseHash("sha256:xyz"));
        Assert.Null(ApiKeyHasher.ParseHash(key));
    }

    [Fact]
    public void Validator_RefusesMalformedHashes_AndKeylessPublicApi()
    {
        var validator = new ApiOptionsValidator(Options.Create(new HttpOptions { ListenAddress = "*" }));

        var result = validator.Validate(null, new ApiOptions
        {
            RequireKey = false,
            Keys = [new ApiKeyOptions { Name = "", Hash = "secret" }],
        });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Api:Keys:0:Name", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Api:Keys:0:Hash", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Api:RequireKey=false", StringComparison.Ordinal));
    }
}
