using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Dashboard.Tests.Accounts;

public sealed class CreateOperatorCommandTests
{
    [Fact]
    public async Task Run_WithNameRoleAndPasswordOnInput_CreatesTheAccountInTheConfiguredDatabase()
    {
        await using var storage = new SqliteBackend();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateOperatorCommand.TryRunAsync(
            ["create-operator", "ops", "--role", "admin", "--Storage:Provider", "Sqlite", "--Storage:ConnectionString", storage.ConnectionString],
            new StringReader("a long password\n"),
            output,
            error);

        Assert.Equal(0, exit);
        Assert.Contains("Operator ops (admin) saved", output.ToString(), StringComparison.Ordinal);
        await using var dialect = SqlDialect.Create(storage.Options());
        var account = await new OperatorAccounts(new SqlOperatorStore(dialect), TimeProvider.System).VerifyAsync("ops", "a long password", CancellationToken.None);
        Assert.Equal(OperatorRole.Admin, account?.Role);
    }

    [Theory]
    [InlineData("create-operator --role admin", "Name the operator")]
    [InlineData("create-operator ops --role owner", "--role needs admin or viewer")]
    public async Task Run_WithBadArguments_SaysWhatToFix(string arguments, string message)
    {
        using var error = new StringWriter();

        var exit = await CreateOperatorCommand.TryRunAsync(arguments.Split(' '), new StringReader("a long password\n"), TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithShortPassword_RefusesAndSaysTheMinimum()
    {
        using var error = new StringWriter();

        var exit = await CreateOperatorCommand.TryRunAsync(["create-operator", "ops"], new StringReader("short\n"), TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("at least 8 characters", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OtherCommand_IsNotHandled()
    {
        Assert.Null(await CreateOperatorCommand.TryRunAsync(["hash-api-key"], TextReader.Null, TextWriter.Null, TextWriter.Null));
    }
}
