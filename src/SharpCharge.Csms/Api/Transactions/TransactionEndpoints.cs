using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Domain.Reporting;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Api.Transactions;

/// <summary>Charging sessions: search, one session with its meter values, and the CSV export.</summary>
internal static class TransactionEndpoints
{
    /// <summary>The most rows one CSV export holds unless <c>limit</c> asks for fewer.</summary>
    public const int MaxCsvRows = 100_000;

    public static void MapTransactionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Transactions");
        group.MapGet("/transactions", ListAsync).WithName("ListTransactions")
            .WithSummary("Sessions, newest first; filters charger, station, id_token, from, to, active; paged. format=csv exports them.");
        group.MapGet("/transactions.csv", ExportAsync).WithName("ExportTransactions")
            .WithSummary("The sessions matching the same filters as CSV (at most 100000 rows, or limit).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/transactions/{id:long}", GetAsync).WithName("GetTransaction")
            .WithSummary("One session with every stored meter value.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<TransactionDto>>, ValidationProblem, EmptyHttpResult>> ListAsync(
        HttpContext http, [AsParameters] TransactionFilter filter, [AsParameters] PagingQuery paging, IReportingStore reports, CancellationToken cancellationToken)
    {
        if (filter.Format is not null && !string.Equals(filter.Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Invalid("format", "Leave it out for JSON, or use csv.");
        }

        var csv = filter.Format is not null;
        if (!TryQuery(filter, paging, csv, out var query, out var problem))
        {
            return problem!;
        }

        if (csv)
        {
            await WriteCsvAsync(http, reports, query, cancellationToken);
            return TypedResults.Empty;
        }

        var page = await reports.SearchTransactionsAsync(query, cancellationToken);
        return TypedResults.Ok(new Page<TransactionDto>([.. page.Items.Select(TransactionDto.From)], page.Total, query.Limit, query.Offset));
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> ExportAsync(
        HttpContext http, [AsParameters] TransactionFilter filter, [AsParameters] PagingQuery paging, IReportingStore reports, CancellationToken cancellationToken)
    {
        if (!TryQuery(filter, paging, csv: true, out var query, out var problem))
        {
            return problem!;
        }

        await WriteCsvAsync(http, reports, query, cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<Ok<TransactionDto>, ProblemHttpResult>> GetAsync(
        long id, ITransactionService transactions, CancellationToken cancellationToken)
    {
        var transaction = await transactions.GetAsync(id, cancellationToken);
        if (transaction is null)
        {
            return ApiProblems.NotFound("transaction", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var samples = await transactions.GetMeterValuesAsync(id, cancellationToken);
        var dto = TransactionDto.From(transaction) with
        {
            MeterValues = [.. samples.Select(m => new MeterValueDto(
                m.Sample.Timestamp, m.Sample.Measurand, m.Sample.Phase, m.Sample.Location, m.Sample.Context, m.Sample.Unit,
                m.Sample.Multiplier, m.Sample.Value, m.EvseId, m.ConnectorId))],
        };
        if (transaction.State == TransactionState.Running && await transactions.GetCostAsync(id, cancellationToken) is { Cost: { } cost } estimate)
        {
            dto = dto with { Cost = cost, Currency = estimate.Currency };
        }

        return TypedResults.Ok(dto);
    }

    private static async Task WriteCsvAsync(HttpContext http, IReportingStore reports, TransactionQuery query, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"transactions.csv\"";
        await TransactionCsv.WriteAsync(http.Response.Body, reports, query with { Limit = TransactionCsv.BatchSize }, query.Limit, cancellationToken);
    }

    /// <summary>The search; for a CSV export, <c>limit</c> (default and at most <see cref="MaxCsvRows"/>) is the number of rows.</summary>
    private static bool TryQuery(TransactionFilter filter, PagingQuery paging, bool csv, out TransactionQuery query, out ValidationProblem? problem)
    {
        query = new TransactionQuery(Paging.DefaultLimit, 0);
        problem = null;
        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            problem = ApiProblems.Invalid("to", "Must not be before from.");
            return false;
        }

        Paging window;
        if (csv)
        {
            if (paging.Limit is < 1 or > MaxCsvRows)
            {
                problem = ApiProblems.Invalid("limit", $"A CSV export holds 1 to {MaxCsvRows} rows.");
                return false;
            }

            if (!Paging.TryResolve(paging with { Limit = null }, out window, out problem))
            {
                return false;
            }

            window = window with { Limit = paging.Limit ?? MaxCsvRows };
        }
        else if (!Paging.TryResolve(paging, out window, out problem))
        {
            return false;
        }

        query = new TransactionQuery(window.Limit, window.Offset)
        {
            ChargerId = filter.Charger,
            StationId = filter.Station,
            IdToken = filter.IdToken,
            From = filter.From,
            To = filter.To,
            Active = filter.Active,
        };
        return true;
    }
}
