using SharpCharge.Csms.Dashboard;

namespace SharpCharge.Dashboard.Tests;

public sealed class DashboardOptionsValidatorTests
{
    private static readonly DashboardOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(Validator.Validate(null, new DashboardOptions()).Succeeded);
    }

    [Fact]
    public void Validate_TileUrlWithoutPlaceholders_NamesTheSetting()
    {
        var result = Validator.Validate(null, new DashboardOptions { TileUrl = "https://tiles.example/map.png" });

        Assert.True(result.Failed);
        Assert.Contains("Dashboard:TileUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", null)]
    [InlineData(null, "long enough password")]
    [InlineData("admin", "short")]
    public void Validate_IncompleteOrWeakInitialAdmin_Fails(string? user, string? password)
    {
        var options = new DashboardOptions { InitialAdmin = new InitialAdminOptions { User = user, Password = password } };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Dashboard:InitialAdmin", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void InitialAdmin_ToString_LeavesThePasswordOut()
    {
        var text = new InitialAdminOptions { User = "ops", Password = "secret password" }.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
    }
}
