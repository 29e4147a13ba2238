using SharpCharge.Csms.Api.Transactions;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Reporting;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary><c>GET /dashboard/transactions.csv</c>: the transactions page's filters as a CSV download, in the REST API's CSV format.</summary>
internal static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/dashboard/transactions.csv", ExportAsync).ExcludeFromDescription();

    private static async Task ExportAsync(HttpContext context, IReportingStore reports, string? charger, string? station, string? token, bool? active)
    {
        var query = TransactionFilters.Query(TransactionCsv.BatchSize, 0, charger, station, token, active);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"transactions.csv\"";
        await TransactionCsv.WriteAsync(context.Response.Body, reports, query, TransactionEndpoints.MaxCsvRows, context.RequestAborted);
    }
}
