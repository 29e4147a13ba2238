using System.Data.Common;
using System.Globalization;
using System.Text;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Inserts samples as multi-row INSERTs of up to <see cref="RowsPerStatement"/> rows (13 parameters a row plus 5 shared,
/// below SQLite's 999-parameter limit), skipping samples already stored (<c>ON CONFLICT DO NOTHING</c> on the
/// <c>ux_meter_values_sample</c> index).
/// </summary>
internal static class MeterValueInsert
{
    public const int RowsPerStatement = 40;

    private static readonly string[] Statements = BuildStatements();

    public static async Task<int> InsertAsync(
        DbConnection connection,
        DbTransaction? transaction,
        int timeoutSeconds,
        string chargerId,
        long? transactionId,
        int? evseId,
        int? connectorId,
        IReadOnlyList<MeterSample> samples,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken)
    {
        var inserted = 0;
        for (var start = 0; start < samples.Count; start += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, samples.Count - start);
            await using var command = connection.Command(Statements[rows], transaction, timeoutSeconds);
            command.AddText("charger", chargerId).AddLong("tx", transactionId).AddInt("evse", evseId)
                .AddInt("connector", connectorId).AddTimestamp("received", receivedAt);
            for (var i = 0; i < rows; i++)
            {
                var s = samples[start + i];
                var n = i.ToString(CultureInfo.InvariantCulture);
                command.AddTimestamp("t" + n, s.Timestamp).AddDecimal("v" + n, s.Value)
                    .AddText("m" + n, s.Measurand ?? MeterSample.EnergyActiveImportRegister).AddText("ph" + n, s.Phase)
                    .AddText("l" + n, s.Location ?? MeterSample.LocationOutlet)
                    .AddText("cx" + n, s.Context ?? MeterSample.ContextSamplePeriodic).AddText("u" + n, s.Unit)
                    .AddInt("mu" + n, s.Multiplier).AddText("f" + n, s.Format).AddText("sd" + n, s.SignedData)
                    .AddText("sm" + n, s.SigningMethod).AddText("em" + n, s.EncodingMethod).AddText("pk" + n, s.PublicKey);
            }

            inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    private static string[] BuildStatements()
    {
        var statements = new string[RowsPerStatement + 1];
        for (var rows = 1; rows <= RowsPerStatement; rows++)
        {
            var sql = new StringBuilder(
                "INSERT INTO meter_values (charger_id, transaction_id, evse_id, connector_id, received_at, sampled_at, value, " +
                "measurand, phase, location, context, unit, multiplier, format, signed_data, signing_method, encoding_method, " +
                "public_key) VALUES ");
            for (var i = 0; i < rows; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture,
                    $"(@charger, @tx, @evse, @connector, @received, @t{i}, @v{i}, @m{i}, @ph{i}, @l{i}, @cx{i}, @u{i}, @mu{i}, @f{i}, @sd{i}, @sm{i}, @em{i}, @pk{i})");
            }

            statements[rows] = sql.Append(" ON CONFLICT DO NOTHING").ToString();
        }

        return statements;
    }
}
