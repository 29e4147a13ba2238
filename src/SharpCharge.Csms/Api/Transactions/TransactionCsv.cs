using System.Globalization;
using System.Text;
using SharpCharge.Csms.Domain.Reporting;

namespace SharpCharge.Csms.Api.Transactions;

/// <summary>
/// Writes transactions as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote
/// or line break). Text that a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
/// Rows are read in batches, so a large export never sits in memory at once.
/// </summary>
internal static class TransactionCsv
{
    public const int BatchSize = 1000;

    private const string Header =
        "transaction_id,charger_id,charger_transaction_id,evse_id,connector_id,id_token,state,started_at,stopped_at," +
        "meter_start_wh,meter_stop_wh,energy_kwh,cost,currency,stop_reason\r\n";

    public static async Task WriteAsync(Stream output, IReportingStore reports, TransactionQuery query, int maxRows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(Header.AsMemory(), cancellationToken);
        var written = 0;
        while (written < maxRows)
        {
            var page = await reports.SearchTransactionsAsync(
                query with { Limit = Math.Min(BatchSize, maxRows - written), Offset = query.Offset + written }, cancellationToken);
            foreach (var record in page.Items)
            {
                await writer.WriteAsync(Row(TransactionDto.From(record)).AsMemory(), cancellationToken);
            }

            written += page.Items.Count;
            if (page.Items.Count < BatchSize)
            {
                break;
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Row(TransactionDto t)
    {
        var fields = new[]
        {
            Number<long>(t.TransactionId),
            Text(t.ChargerId),
            Text(t.ChargerTransactionId),
            Number(t.EvseId),
            Number(t.ConnectorId),
            Text(t.IdToken),
            ApiNames.Of(t.State),
            Time(t.StartedAt),
            Time(t.StoppedAt),
            Number(t.MeterStartWh),
            Number(t.MeterStopWh),
            Number(t.EnergyKwh),
            Number(t.Cost),
            Text(t.Currency),
            Text(t.StopReason),
        };
        return string.Join(',', fields) + "\r\n";
    }

    private static string Number<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
