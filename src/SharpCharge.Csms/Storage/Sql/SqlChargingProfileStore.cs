using System.Data.Common;
using System.Text.Json;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// <see cref="IChargingProfileStore"/> in SQL both dialects accept: stored profiles and their versions here, what
/// chargers were sent, report and are limited by in <c>SqlChargingProfileStore.Chargers.cs</c>.
/// </summary>
internal sealed partial class SqlChargingProfileStore : IChargingProfileStore
{
    private const string VersionColumns = "p.id, p.name, v.version, v.profile, v.created_at, p.current_version, p.deleted_at";

    private readonly SqlDialect _dialect;

    public SqlChargingProfileStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task<StoredChargingProfile> CreateAsync(string? name, ChargingProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        int id;
        await using (var insert = connection.Command(
            "INSERT INTO charging_profiles (name, current_version, created_at, updated_at) VALUES (@name, 1, @now, @now) RETURNING id",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            insert.AddText("name", name).AddTimestamp("now", now);
            id = checked((int)await insert.ExecuteInsertReturningIdAsync(cancellationToken).ConfigureAwait(false));
        }

        var stored = profile with { Id = id };
        await InsertVersionAsync(connection, transaction, id, 1, stored, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredChargingProfile(id, name, 1, stored, now) { CurrentVersion = 1 };
    }

    public async Task<StoredChargingProfile?> UpdateAsync(int id, string? name, ChargingProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var bump = connection.Command(
            "UPDATE charging_profiles SET current_version = current_version + 1, name = @name, updated_at = @now WHERE id = @id AND deleted_at IS NULL",
            transaction,
            _dialect.CommandTimeoutSeconds))
        {
            bump.AddInt("id", id).AddText("name", name).AddTimestamp("now", now);
            if (await bump.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }
        }

        int version;
        await using (var read = connection.Command("SELECT current_version FROM charging_profiles WHERE id = @id", transaction, _dialect.CommandTimeoutSeconds))
        {
            read.AddInt("id", id);
            version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var stored = profile with { Id = id };
        await InsertVersionAsync(connection, transaction, id, version, stored, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoredChargingProfile(id, name, version, stored, now) { CurrentVersion = version };
    }

    public async Task<StoredChargingProfile?> GetAsync(int id, int? version, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {VersionColumns} FROM charging_profiles p JOIN charging_profile_versions v ON v.profile_id = p.id " +
            "WHERE p.id = @id AND v.version = " + (version is null ? "p.current_version" : "@version"),
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddInt("id", id);
        if (version is not null)
        {
            command.AddInt("version", version);
        }

        return await command.ReadFirstAsync(ReadVersion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredChargingProfile>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {VersionColumns} FROM charging_profiles p JOIN charging_profile_versions v ON v.profile_id = p.id " +
            "AND v.version = p.current_version WHERE p.deleted_at IS NULL ORDER BY p.id",
            null,
            _dialect.CommandTimeoutSeconds);
        return await command.ReadAllAsync(ReadVersion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredChargingProfile>> VersionsAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {VersionColumns} FROM charging_profiles p JOIN charging_profile_versions v ON v.profile_id = p.id " +
            "WHERE p.id = @id ORDER BY v.version",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddInt("id", id);
        return await command.ReadAllAsync(ReadVersion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE charging_profiles SET deleted_at = @now, updated_at = @now WHERE id = @id AND deleted_at IS NULL",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddInt("id", id).AddTimestamp("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static string Write(ChargingProfile profile) => JsonSerializer.Serialize(profile, ChargingProfileJsonContext.Default.ChargingProfile);

    private static ChargingProfile ReadProfile(DbDataReader r, int ordinal) =>
        JsonSerializer.Deserialize(r.GetString(ordinal), ChargingProfileJsonContext.Default.ChargingProfile)
        ?? throw new InvalidDataException("A stored charging profile is empty.");

    private static StoredChargingProfile ReadVersion(DbDataReader r) =>
        new(r.GetInt32(0), r.GetTextOrNull(1), r.GetInt32(2), ReadProfile(r, 3), r.GetTimestamp(4))
        {
            CurrentVersion = r.GetInt32(5),
            DeletedAt = r.GetTimestampOrNull(6),
        };

    private async Task InsertVersionAsync(
        DbConnection connection, DbTransaction transaction, int id, int version, ChargingProfile profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command(
            "INSERT INTO charging_profile_versions (profile_id, version, profile, created_at) VALUES (@id, @version, @profile, @now)",
            transaction,
            _dialect.CommandTimeoutSeconds);
        insert.AddInt("id", id).AddInt("version", version).AddText("profile", Write(profile)).AddTimestamp("now", now);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
