using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    [Fact]
    public async Task Authorize_UnknownToken_ReturnsInvalid()
    {
        await AcceptedChargerAsync();

        var result = await Authorization.AuthorizeAsync("CP-1", new IdToken("NOBODY"), None);

        Assert.Equal(AuthorizationResult.Invalid, result);
    }

    [Theory]
    [InlineData("Accepted")]
    [InlineData("Blocked")]
    [InlineData("Expired")]
    [InlineData("Invalid")]
    public async Task Authorize_StoredStatus_ReturnsIt(string status)
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-S", Enum.Parse<IdTokenStatus>(status));

        var result = await Authorization.AuthorizeAsync("CP-1", new IdToken("tag-s"), None);

        Assert.Equal(Enum.Parse<IdTokenStatus>(status), result.Status);
    }

    [Fact]
    public async Task Authorize_PastExpiryDate_ReturnsExpired()
    {
        await AcceptedChargerAsync();
        await Tokens.SaveAsync(new IdTokenRecord("TAG-E", "ISO14443", IdTokenStatus.Accepted) { ExpiresAt = At(-1) }, None);

        var result = await Authorization.AuthorizeAsync("CP-1", new IdToken("TAG-E", "ISO14443"), None);

        Assert.Equal(new AuthorizationResult(IdTokenStatus.Expired) { ExpiresAt = At(-1) }, result);
    }

    [Fact]
    public async Task Authorize_TokenWithGroupAndExpiry_ReturnsThem()
    {
        await AcceptedChargerAsync();
        await Tokens.SaveAsync(new IdTokenRecord("TAG-G", "ISO14443", IdTokenStatus.Accepted) { ExpiresAt = At(60), GroupId = "FLEET" }, None);

        var result = await Authorization.AuthorizeAsync("CP-1", new IdToken("TAG-G"), None);

        Assert.Equal(new AuthorizationResult(IdTokenStatus.Accepted) { ExpiresAt = At(60), GroupId = "FLEET" }, result);
    }

    [Fact]
    public async Task Authorize_TokenInRunningTransaction_ReturnsConcurrentTxUnlessAllowed()
    {
        await AcceptedChargerAsync();
        await TokenAsync("TAG-C");
        await TokenAsync("TAG-MULTI", allowConcurrent: true);
        await Transactions.StartAsync(new TransactionStart("CP-1", 1, 1, new IdToken("TAG-C"), At(0), 0m), None);
        await Transactions.StartAsync(new TransactionStart("CP-1", 2, 1, new IdToken("TAG-MULTI"), At(0), 0m), None);

        Assert.Equal(IdTokenStatus.ConcurrentTx, (await Authorization.AuthorizeAsync("CP-1", new IdToken("TAG-C"), None)).Status);
        Assert.Equal(IdTokenStatus.Accepted, (await Authorization.AuthorizeAsync("CP-1", new IdToken("TAG-MULTI"), None)).Status);
    }

    [Fact]
    public async Task Authorize_UnknownTokenUnderAcceptPolicy_ReturnsAccepted()
    {
        await AcceptedChargerAsync();
        await RestartAsync(new Dictionary<string, string?> { ["Csms:UnknownIdTokens"] = "Accept" });

        var result = await Authorization.AuthorizeAsync("CP-1", new IdToken("ANYONE"), None);

        Assert.Equal(IdTokenStatus.Accepted, result.Status);
    }

    [Fact]
    public async Task SaveToken_WithoutTypeAndInOtherCase_UpdatesOneTokenStoredAsCentral()
    {
        await Tokens.SaveAsync(new IdTokenRecord("AbC123", "", IdTokenStatus.Accepted), None);
        await Tokens.SaveAsync(new IdTokenRecord("abc123", "", IdTokenStatus.Blocked), None);

        var token = Assert.Single(await Tokens.ListAsync(None));

        Assert.Equal(new IdTokenRecord("AbC123", IdTokenTypes.Central, IdTokenStatus.Blocked), token);
        await Assert.ThrowsAsync<ArgumentException>(
            () => Tokens.SaveAsync(new IdTokenRecord("X", "Central", IdTokenStatus.ConcurrentTx), None));
        Assert.True(await Tokens.DeleteAsync("ABC123", None));
        Assert.Null(await Tokens.GetAsync("AbC123", None));
    }

    [Fact]
    public async Task SaveToken_ValueOverThirtySixCharacters_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Tokens.SaveAsync(new IdTokenRecord(new string('A', 37), "Central", IdTokenStatus.Accepted), None));

        Assert.Equal("Value", error.ParamName);
    }

    private async Task<long> StartedTransactionAsync(string chargerId, int evseId, string token, int minute = 0)
    {
        var result = await Transactions.StartAsync(new TransactionStart(chargerId, evseId, 1, new IdToken(token), At(minute), 1000m), None);
        return result.TransactionId;
    }
}
