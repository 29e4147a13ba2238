using System.Data.Common;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Storage.Sql;

namespace SharpCharge.Csms.Cluster.Ownership;

/// <summary>
/// The cluster's shared state in PostgreSQL: node leases, charger ownership and site leases (migration 005). Every
/// time comes from the caller's <see cref="TimeProvider"/>, so the nodes' clocks must agree to well within a lease
/// (NTP does). Charger ids are stored lower-cased, as the chargers table compares them.
/// </summary>
internal sealed class OwnershipStore
{
    private readonly SqlDialect _dialect;

    public OwnershipStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    /// <summary>
    /// Enters (or re-enters) the node with a fresh lease and releases what an earlier run of the same node left
    /// behind: those chargers cannot be connected to a process that is only starting. Returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> JoinAsync(string nodeId, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var join = connection.Command(
            "INSERT INTO cluster_nodes (node_id, started_at, lease_expires_at) VALUES (@node, @now, @expires) " +
            "ON CONFLICT (node_id) DO UPDATE SET started_at = excluded.started_at, lease_expires_at = excluded.lease_expires_at",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            join.AddText("node", nodeId).AddTimestamp("now", now).AddTimestamp("expires", expires);
            await join.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var released = await ReleaseAllAsync(connection, transaction, nodeId, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released;
    }

    /// <summary>
    /// Enters the node again after another node swept it while it was alive (it stalled past its lease): the node row
    /// comes back, and the chargers still connected here are this node's again and online (see <see cref="ReclaimAsync"/>).
    /// One transaction, so a failure leaves nothing half done and the caller simply tries again.
    /// </summary>
    public async Task RejoinAsync(
        string nodeId, DateTimeOffset now, DateTimeOffset expires, IReadOnlyList<HeldCharger> held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var join = connection.Command(
            "INSERT INTO cluster_nodes (node_id, started_at, lease_expires_at) VALUES (@node, @now, @expires) " +
            "ON CONFLICT (node_id) DO UPDATE SET lease_expires_at = excluded.lease_expires_at",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            join.AddText("node", nodeId).AddTimestamp("now", now).AddTimestamp("expires", expires);
            await join.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ReclaimAsync(connection, transaction, nodeId, held, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Extends the node's lease; false when the row is gone because another node found the lease expired.</summary>
    public async Task<bool> RenewAsync(string nodeId, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE cluster_nodes SET lease_expires_at = @expires WHERE node_id = @node", null, _dialect.CommandTimeoutSeconds);
        command.AddText("node", nodeId).AddTimestamp("expires", expires);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Leaves the cluster on a clean shutdown: the node row and whatever it still owns go.</summary>
    public async Task<IReadOnlyList<string>> LeaveAsync(string nodeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var leave = connection.Command("DELETE FROM cluster_nodes WHERE node_id = @node", transaction, _dialect.CommandTimeoutSeconds))
        {
            leave.AddText("node", nodeId);
            await leave.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var released = await ReleaseAllAsync(connection, transaction, nodeId, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return released;
    }

    /// <summary>
    /// Deletes every node (but <paramref name="self"/>) whose lease ran out before <paramref name="now"/>, releases its
    /// chargers and marks them offline. Two nodes sweeping at once is harmless: each row is deleted once. Returns the
    /// dead nodes and the chargers that went offline.
    /// </summary>
    public async Task<(IReadOnlyList<string> DeadNodes, IReadOnlyList<string> OfflineChargers)> SweepAsync(
        string self, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> dead;
        await using (var delete = connection.Command(
            "DELETE FROM cluster_nodes WHERE lease_expires_at < @now AND node_id <> @self RETURNING node_id", transaction, _dialect.CommandTimeoutSeconds))
        {
            delete.AddText("self", self).AddTimestamp("now", now);
            dead = await delete.ReadAllAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        }

        var offline = new List<string>();
        foreach (var node in dead)
        {
            offline.AddRange(await ReleaseAllAsync(connection, transaction, node, now, cancellationToken).ConfigureAwait(false));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (dead, offline);
    }

    /// <summary>
    /// Records that <paramref name="nodeId"/> holds the charger through the connection that went online at
    /// <paramref name="connectedAt"/>, unless a later connection of it is recorded already (an older connection's claim
    /// that reached the database late must not take the charger back). When claimed, names the node that held it
    /// before if that was another live node, which must close its stale socket.
    /// </summary>
    public async Task<OwnershipClaim> ClaimAsync(
        string chargerId, string nodeId, string ocppVersion, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            // The CTE reads the row as it was before the upsert in the same statement; no row comes back when the
            // recorded claim is the later one.
            "WITH previous AS (SELECT o.node_id FROM charger_owners o JOIN cluster_nodes n ON n.node_id = o.node_id " +
            "WHERE o.charger_id = @id AND o.node_id <> @node AND n.lease_expires_at >= @now) " +
            "INSERT INTO charger_owners (charger_id, node_id, ocpp_version, claimed_at) VALUES (@id, @node, @version, @now) " +
            "ON CONFLICT (charger_id) DO UPDATE SET node_id = excluded.node_id, ocpp_version = excluded.ocpp_version, claimed_at = excluded.claimed_at " +
            "WHERE charger_owners.claimed_at <= excluded.claimed_at " +
            "RETURNING (SELECT node_id FROM previous)",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("id", Key(chargerId)).AddText("node", nodeId).AddText("version", ocppVersion).AddTimestamp("now", connectedAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new OwnershipClaim(Claimed: true, reader.IsDBNull(0) ? null : reader.GetString(0))
            : new OwnershipClaim(Claimed: false, PreviousNode: null);
    }

    /// <summary>
    /// Writes again what this node holds: an ownership row for each held charger that has none, or only an older
    /// connection's, and online for each whose latest connection is the one held here. A disconnect of an older
    /// connection elsewhere, or a claim that lost a race, can take either away between two renewals; this repairs it.
    /// Returns the chargers it corrected.
    /// </summary>
    public async Task<IReadOnlyList<HeldCharger>> ReclaimAsync(string nodeId, IReadOnlyList<HeldCharger> held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReclaimAsync(connection, null, nodeId, held, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the ownership row if <paramref name="nodeId"/> still holds it through the connection that went online at
    /// <paramref name="connectedAt"/> or an older one: a newer owner's row stays, and so does the row of a newer
    /// connection of the charger to this same node. Null (the connection never went online) releases any row of the node.
    /// </summary>
    public async Task<bool> ReleaseAsync(string chargerId, string nodeId, DateTimeOffset? connectedAt, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            connectedAt is null
                ? "DELETE FROM charger_owners WHERE charger_id = @id AND node_id = @node"
                : "DELETE FROM charger_owners WHERE charger_id = @id AND node_id = @node AND claimed_at <= @connectedAt",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("id", Key(chargerId)).AddText("node", nodeId).AddTimestamp("connectedAt", connectedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The live owner of the charger (its node's lease has not run out), or null.</summary>
    public async Task<ChargerOwner?> FindOwnerAsync(string chargerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            LiveOwners + " AND o.charger_id = @id", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", Key(chargerId)).AddTimestamp("now", now);
        return await command.ReadFirstAsync(ReadOwner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The node whose row names it as the charger's holder, live or not (a stalled node's lease may have run out for
    /// a moment; the sweep, not a disconnecting socket elsewhere, decides that it is dead). Null when no row exists.
    /// </summary>
    public async Task<string?> FindHolderAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT node_id FROM charger_owners WHERE charger_id = @id", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", Key(chargerId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Every charger held by a live node.</summary>
    public async Task<IReadOnlyList<ChargerOwner>> ListOwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(LiveOwners, null, _dialect.CommandTimeoutSeconds);
        command.AddTimestamp("now", now);
        return await command.ReadAllAsync(ReadOwner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes or renews the site's lease for <paramref name="nodeId"/>: true when this node holds it until
    /// <paramref name="expires"/>, false while another node's lease runs.
    /// </summary>
    public async Task<bool> HoldSiteAsync(string stationId, string nodeId, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "INSERT INTO site_leases (station_id, node_id, expires_at) VALUES (@station, @node, @expires) " +
            "ON CONFLICT (station_id) DO UPDATE SET node_id = excluded.node_id, expires_at = excluded.expires_at " +
            "WHERE site_leases.node_id = excluded.node_id OR site_leases.expires_at < @now",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("station", stationId).AddText("node", nodeId).AddTimestamp("now", now).AddTimestamp("expires", expires);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static void AddArray(DbCommand command, string name, string[] values)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = values;
        command.Parameters.Add(parameter);
    }

    internal static string Key(string chargerId) => chargerId.ToLowerInvariant();

    private const string LiveOwners =
        "SELECT o.charger_id, o.node_id, o.ocpp_version FROM charger_owners o JOIN cluster_nodes n ON n.node_id = o.node_id " +
        "WHERE n.lease_expires_at >= @now";

    // Deletes the node's ownership rows and marks those chargers offline; returns their ids. A charger that connected
    // again since the node claimed it (to another node, whose claim waits behind this delete) stays online: the
    // connected-at of its latest connection is later than the released claim.
    private async Task<IReadOnlyList<string>> ReleaseAllAsync(
        DbConnection connection, DbTransaction transaction, string nodeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "WITH released AS (DELETE FROM charger_owners WHERE node_id = @node RETURNING charger_id, claimed_at) " +
            "UPDATE chargers SET online = false, disconnected_at = @now, updated_at = @now FROM released r " +
            "WHERE lower(chargers.id) = r.charger_id AND chargers.online " +
            "AND (chargers.connected_at IS NULL OR chargers.connected_at <= r.claimed_at) RETURNING chargers.id",
            transaction,
            _dialect.CommandTimeoutSeconds);
        command.AddText("node", nodeId).AddTimestamp("now", now);
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<HeldCharger>> ReclaimAsync(
        DbConnection connection, DbTransaction? transaction, string nodeId, IReadOnlyList<HeldCharger> held, CancellationToken cancellationToken)
    {
        if (held.Count == 0)
        {
            return [];
        }

        await using var command = connection.Command(
            "WITH held AS (SELECT * FROM unnest(@ids, @versions, @since) AS h(id, version, since)), " +
            "claimed AS (INSERT INTO charger_owners (charger_id, node_id, ocpp_version, claimed_at) " +
            "SELECT id, @node, version, since FROM held " +
            "ON CONFLICT (charger_id) DO UPDATE SET node_id = excluded.node_id, ocpp_version = excluded.ocpp_version, claimed_at = excluded.claimed_at " +
            "WHERE charger_owners.claimed_at < excluded.claimed_at " +
            "OR (charger_owners.claimed_at = excluded.claimed_at AND charger_owners.node_id <> excluded.node_id) RETURNING charger_id), " +
            // Online where the connection held here is the latest recorded, or where no node held the charger before this
            // statement: a connection named later than ours (a handshake a stalled node finished after the charger had
            // left it) went online, claimed and closed, taking the row and the flag with it. Ours is then the live one
            // and its time becomes connected_at again, so that its own close can take the charger offline.
            "shown AS (UPDATE chargers SET online = true, connected_at = held.since FROM held " +
            "WHERE lower(chargers.id) = held.id AND NOT chargers.online AND (chargers.connected_at IS NULL OR chargers.connected_at <= held.since " +
            "OR NOT EXISTS (SELECT 1 FROM charger_owners o WHERE o.charger_id = held.id)) RETURNING held.id) " +
            "SELECT charger_id FROM claimed UNION SELECT id FROM shown",
            transaction,
            _dialect.CommandTimeoutSeconds);
        command.AddText("node", nodeId);
        AddArray(command, "ids", held.Select(h => Key(h.ChargerId)).ToArray());
        AddArray(command, "versions", held.Select(h => h.OcppVersion).ToArray());
        var since = command.CreateParameter();
        since.ParameterName = "since";
        since.Value = held.Select(h => h.ConnectedAt.ToUniversalTime()).ToArray();
        command.Parameters.Add(since);
        var repaired = (await command.ReadAllAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return [.. held.Where(h => repaired.Contains(Key(h.ChargerId)))];
    }

    private static ChargerOwner ReadOwner(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2));
}
