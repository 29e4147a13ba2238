using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    private OperatorAccounts Operators => new(new SqlOperatorStore(Host.Get<SqlDialect>()), Clock);

    [Fact]
    public async Task Operator_SavedThenVerifiedWithItsPassword_ReturnsItsRole()
    {
        await Operators.SaveAsync("ops", "correct horse", OperatorRole.Admin, None);

        var account = await Operators.VerifyAsync("OPS", "correct horse", None);

        Assert.NotNull(account);
        Assert.Equal("ops", account.Name);
        Assert.Equal(OperatorRole.Admin, account.Role);
    }

    [Fact]
    public async Task Operator_WrongPasswordOrUnknownName_IsRefused()
    {
        await Operators.SaveAsync("ops", "correct horse", OperatorRole.Viewer, None);

        Assert.Null(await Operators.VerifyAsync("ops", "Correct horse", None));
        Assert.Null(await Operators.VerifyAsync("nobody", "correct horse", None));
        Assert.Null(await Operators.VerifyAsync("ops", string.Empty, None));
    }

    [Fact]
    public async Task Operator_SavedAgainInOtherCase_ReplacesPasswordAndRole_AndStoresOnlyAHash()
    {
        await Operators.SaveAsync("Night", "first password", OperatorRole.Viewer, None);
        await Operators.SaveAsync("night", "second password", OperatorRole.Admin, None);

        Assert.Equal(1, await Operators.CountAsync(None));
        Assert.Null(await Operators.VerifyAsync("night", "first password", None));
        Assert.Equal(OperatorRole.Admin, (await Operators.VerifyAsync("NIGHT", "second password", None))?.Role);
        var stored = await new SqlOperatorStore(Host.Get<SqlDialect>()).FindAsync("night", None);
        Assert.NotNull(stored);
        Assert.StartsWith("pbkdf2-sha256$", stored.Value.PasswordHash, StringComparison.Ordinal);
        Assert.DoesNotContain("second password", stored.Value.PasswordHash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "long enough")]
    [InlineData("with space", "long enough")]
    [InlineData("ops", "short")]
    public async Task Operator_WithBadNameOrShortPassword_IsNotSaved(string name, string password)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Operators.SaveAsync(name, password, OperatorRole.Admin, None));

        Assert.Equal(0, await Operators.CountAsync(None));
    }
}
