using System.Data.Common;
using System.Globalization;
using SharpCharge.Csms.Domain.Security;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary><see cref="IChargerSecurityStore"/> in SQL both dialects accept (migration 011).</summary>
internal sealed class SqlChargerSecurityStore : IChargerSecurityStore
{
    private const string Columns =
        "fingerprint, charger_id, serial_number, subject, not_before, not_after, certificate, issued_at, revoked_at, revoke_reason";

    private readonly SqlDialect _dialect;

    public SqlChargerSecurityStore(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
    }

    public async Task<int?> GetSecurityProfileAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT coalesce(security_profile, 0) FROM chargers WHERE lower(id) = lower(@id) AND deleted_at IS NULL", null, _dialect.CommandTimeoutSeconds);
        command.AddText("id", chargerId);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public async Task<bool> RaiseSecurityProfileAsync(string chargerId, int profile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

        // One statement, so two connections raising at once cannot lower each other's value.
        await using var command = connection.Command(
            "UPDATE chargers SET security_profile = @profile, updated_at = @now " +
            "WHERE lower(id) = lower(@id) AND deleted_at IS NULL AND (security_profile IS NULL OR security_profile < @profile)",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("id", chargerId).AddInt("profile", profile).AddTimestamp("now", now);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return true;
        }

        return await GetSecurityProfileAsync(chargerId, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task AddCertificateAsync(ChargerCertificate certificate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"INSERT INTO charger_certificates ({Columns}) VALUES (@fingerprint, @charger, @serial, @subject, @notBefore, @notAfter, @pem, @issued, @revoked, @reason) " +
            "ON CONFLICT (fingerprint) DO NOTHING",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("fingerprint", certificate.Fingerprint).AddText("charger", certificate.ChargerId).AddText("serial", certificate.SerialNumber)
            .AddText("subject", certificate.Subject).AddTimestamp("notBefore", certificate.NotBefore).AddTimestamp("notAfter", certificate.NotAfter)
            .AddText("pem", certificate.Pem).AddTimestamp("issued", certificate.IssuedAt).AddTimestamp("revoked", certificate.RevokedAt)
            .AddText("reason", certificate.RevokeReason);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ChargerCertificate>> ListCertificatesAsync(string chargerId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            $"SELECT {Columns} FROM charger_certificates WHERE lower(charger_id) = lower(@charger) ORDER BY coalesce(issued_at, revoked_at) DESC, fingerprint",
            null,
            _dialect.CommandTimeoutSeconds);
        command.AddText("charger", chargerId);
        return await command.ReadAllAsync(Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ChargerCertificate> RevokeAsync(string chargerId, string fingerprint, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.Command(
            // A certificate revoked twice keeps its first revocation time and reason.
            "INSERT INTO charger_certificates (fingerprint, charger_id, revoked_at, revoke_reason) VALUES (@fingerprint, @charger, @now, @reason) " +
            "ON CONFLICT (fingerprint) DO UPDATE SET revoked_at = coalesce(charger_certificates.revoked_at, excluded.revoked_at), " +
            "revoke_reason = coalesce(charger_certificates.revoke_reason, excluded.revoke_reason)",
            null,
            _dialect.CommandTimeoutSeconds))
        {
            command.AddText("fingerprint", fingerprint).AddText("charger", chargerId).AddTimestamp("now", now).AddText("reason", reason);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var read = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var select = read.Command($"SELECT {Columns} FROM charger_certificates WHERE fingerprint = @fingerprint", null, _dialect.CommandTimeoutSeconds);
        select.AddText("fingerprint", fingerprint);
        return await select.ReadFirstAsync(Read, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Certificate {fingerprint} vanished right after it was revoked.");
    }

    public async Task<bool> IsRevokedAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT count(*) FROM charger_certificates WHERE fingerprint = @fingerprint AND revoked_at IS NOT NULL", null, _dialect.CommandTimeoutSeconds);
        command.AddText("fingerprint", fingerprint);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    private static ChargerCertificate Read(DbDataReader r) => new(r.GetString(0), r.GetString(1))
    {
        SerialNumber = r.GetTextOrNull(2),
        Subject = r.GetTextOrNull(3),
        NotBefore = r.GetTimestampOrNull(4),
        NotAfter = r.GetTimestampOrNull(5),
        Pem = r.GetTextOrNull(6),
        IssuedAt = r.GetTimestampOrNull(7),
        RevokedAt = r.GetTimestampOrNull(8),
        RevokeReason = r.GetTextOrNull(9),
    };
}
