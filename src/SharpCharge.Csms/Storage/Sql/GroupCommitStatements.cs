using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// Writes whose results nobody needs before the commit: a charger coming online, its boot and boot-log row, a
/// connector's status, a heartbeat. On a server database their statements go out with the rest of the group commit in
/// one round trip, so a fleet that connects at once costs the serial writer one round trip per group commit rather
/// than one per statement per charger (a boot storm on PostgreSQL used to queue tens of seconds of round trips before
/// the first BootNotification could be answered). On SQLite, which has no round trips to save, they run at once.
/// </summary>
internal static class GroupCommitStatements
{
    /// <summary>Runs <paramref name="statements"/> in one group commit; completes after its commit with the rows they affected.</summary>
    public static Task<WrittenCount> WriteAsync(
        this GroupCommitWriter writer, int timeoutSeconds, CancellationToken cancellationToken, params SqlStatement[] statements)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statements);
        return writer.WriteAsync((context, ct) => RunAsync(context, statements, timeoutSeconds, ct), cancellationToken);
    }

    private static async Task<WrittenCount> RunAsync(
        GroupCommitContext context, SqlStatement[] statements, int timeoutSeconds, CancellationToken cancellationToken)
    {
        if (!context.CanDefer)
        {
            var rows = 0;
            foreach (var statement in statements)
            {
                await using var command = context.Connection.Command(statement.Sql, context.Transaction, timeoutSeconds);
                statement.Bind(new SqlParameters(command));
                rows += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return WrittenCount.Of(rows);
        }

        var written = new WrittenCount();
        var first = -1;
        var batch = context.Defer(sent =>
        {
            for (var i = first; i < first + statements.Length; i++)
            {
                written.Add(sent.BatchCommands[i].RecordsAffected);
            }
        });
        first = batch.BatchCommands.Count;
        foreach (var statement in statements)
        {
            statement.Bind(new SqlParameters(batch.Command(statement.Sql)));
        }

        return written;
    }
}
