using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Tests.Domain.Authorization;

public sealed class AuthorizationPolicyTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_UnknownToken_ReturnsInvalid()
    {
        var result = AuthorizationPolicy.Evaluate(null, Now, inOtherRunningTransaction: false, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(IdTokenStatus.Invalid, result.Status);
    }

    [Fact]
    public void Evaluate_UnknownTokenWithAcceptPolicy_ReturnsAccepted()
    {
        var result = AuthorizationPolicy.Evaluate(null, Now, inOtherRunningTransaction: false, UnknownIdTokenPolicy.Accept);

        Assert.Equal(IdTokenStatus.Accepted, result.Status);
    }

    [Theory]
    [InlineData("Accepted")]
    [InlineData("Blocked")]
    [InlineData("Expired")]
    [InlineData("Invalid")]
    public void Evaluate_StoredStatus_ReturnsIt(string status)
    {
        var token = Token(Enum.Parse<IdTokenStatus>(status));

        var result = AuthorizationPolicy.Evaluate(token, Now, inOtherRunningTransaction: false, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(token.Status, result.Status);
    }

    [Fact]
    public void Evaluate_AcceptedTokenPastExpiry_ReturnsExpiredWithTheDate()
    {
        var token = Token(IdTokenStatus.Accepted) with { ExpiresAt = Now.AddSeconds(-1) };

        var result = AuthorizationPolicy.Evaluate(token, Now, inOtherRunningTransaction: false, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(IdTokenStatus.Expired, result.Status);
        Assert.Equal(token.ExpiresAt, result.ExpiresAt);
    }

    [Fact]
    public void Evaluate_AcceptedTokenBeforeExpiry_ReturnsAcceptedWithExpiryAndGroup()
    {
        var token = Token(IdTokenStatus.Accepted) with { ExpiresAt = Now.AddDays(1), GroupId = "FLEET-1" };

        var result = AuthorizationPolicy.Evaluate(token, Now, inOtherRunningTransaction: false, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(new AuthorizationResult(IdTokenStatus.Accepted) { ExpiresAt = Now.AddDays(1), GroupId = "FLEET-1" }, result);
    }

    [Fact]
    public void Evaluate_TokenInAnotherRunningTransaction_ReturnsConcurrentTx()
    {
        var result = AuthorizationPolicy.Evaluate(
            Token(IdTokenStatus.Accepted), Now, inOtherRunningTransaction: true, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(IdTokenStatus.ConcurrentTx, result.Status);
    }

    [Fact]
    public void Evaluate_ConcurrencyAllowed_ReturnsAcceptedWhileInAnotherTransaction()
    {
        var token = Token(IdTokenStatus.Accepted) with { AllowConcurrentTransactions = true };

        var result = AuthorizationPolicy.Evaluate(token, Now, inOtherRunningTransaction: true, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(IdTokenStatus.Accepted, result.Status);
        Assert.False(AuthorizationPolicy.NeedsConcurrencyCheck(token, Now));
    }

    [Fact]
    public void Evaluate_BlockedTokenInAnotherTransaction_StaysBlocked()
    {
        var result = AuthorizationPolicy.Evaluate(
            Token(IdTokenStatus.Blocked), Now, inOtherRunningTransaction: true, UnknownIdTokenPolicy.Invalid);

        Assert.Equal(IdTokenStatus.Blocked, result.Status);
    }

    [Fact]
    public void IdToken_ToString_DoesNotShowTheWholeValue()
    {
        var text = new IdToken("04A1B2C3D4E5F6", IdTokenTypes.Iso14443).ToString();

        Assert.DoesNotContain("04A1B2C3D4E5F6", text, StringComparison.Ordinal);
        Assert.Contains("04A1****", text, StringComparison.Ordinal);
    }

    private static IdTokenRecord Token(IdTokenStatus status) => new("TAG-1", IdTokenTypes.Iso14443, status);
}
