using SharpCharge.Csms.Api;
using SharpCharge.Csms.Api.Transactions;

namespace SharpCharge.Csms.Tests.Api;

public sealed class PagingTests
{
    [Theory]
    [InlineData(null, null, null, null, 50, 0)]
    [InlineData(3, 20, null, null, 20, 40)]
    [InlineData(null, null, 10, 5, 10, 5)]
    [InlineData(2, null, null, null, 50, 50)]
    public void TryResolve_PageOrLimitOffset_GiveTheWindow(int? page, int? pageSize, int? limit, int? offset, int expectedLimit, int expectedOffset)
    {
        Assert.True(Paging.TryResolve(new PagingQuery(page, pageSize, limit, offset), out var paging, out _));
        Assert.Equal(new Paging(expectedLimit, expectedOffset), paging);
    }

    [Theory]
    [InlineData(0, null, null, null)]
    [InlineData(1, null, 10, null)]
    [InlineData(null, 1001, null, null)]
    [InlineData(null, null, 0, null)]
    [InlineData(null, null, null, -1)]
    public void TryResolve_OutOfRangeOrMixed_IsAValidationProblem(int? page, int? pageSize, int? limit, int? offset)
    {
        Assert.False(Paging.TryResolve(new PagingQuery(page, pageSize, limit, offset), out _, out var problem));
        Assert.NotNull(problem);
        Assert.Single(problem.ProblemDetails.Errors);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@x,y", "\"'@x,y\"")]
    [InlineData(null, "")]
    public void CsvText_QuotesAndDefusesFormulas(string? value, string expected)
    {
        Assert.Equal(expected, TransactionCsv.Text(value));
    }
}
