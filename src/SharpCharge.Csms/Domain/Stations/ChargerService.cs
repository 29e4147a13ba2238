using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Events;

namespace SharpCharge.Csms.Domain.Stations;

/// <inheritdoc />
internal sealed partial class ChargerService : IChargerService
{
    /// <summary>OCPP-J: the charge point identity in the URL is at most 48 printable ASCII characters.</summary>
    public const int MaxChargerIdLength = 48;

    /// <summary>The largest maximum power a charger may be given, kW (a hundred 1 MW EVSEs).</summary>
    public const double MaxPowerKwLimit = 100_000;

    private readonly IChargerStore _store;
    private readonly IStationStore _stations;
    private readonly TimeProvider _time;
    private readonly CsmsOptions _options;
    private readonly ILogger<ChargerService> _logger;

    // Charger id -> timestamp of the last "seen" write, so chatty chargers cost one write per interval.
    private readonly ConcurrentDictionary<string, long> _lastSeenWrites = new(StringComparer.OrdinalIgnoreCase);

    // When each charger's heartbeat was last written. Only the first heartbeat of a connection and then one per
    // LastSeenWriteInterval reach the database: a charger may send them back to back, and each would otherwise be
    // a durable write of its own (docs/benchmarks.md, "Biggest wins").
    private readonly ConcurrentDictionary<string, long> _lastHeartbeatWrites = new(StringComparer.OrdinalIgnoreCase);

    public ChargerService(
        IChargerStore store,
        IStationStore stations,
        TimeProvider time,
        IOptions<CsmsOptions> options,
        ILogger<ChargerService> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _store = store;
        _stations = stations;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public Task<Charger?> FindAsync(string chargerId, CancellationToken cancellationToken) =>
        _store.FindAsync(chargerId, cancellationToken);

    public Task<IReadOnlyList<Charger>> ListAsync(string? stationId, CancellationToken cancellationToken) =>
        _store.ListAsync(stationId, cancellationToken);

    public async Task<Charger> RegisterAsync(
        string chargerId, ChargerRegistrationStatus status, CancellationToken cancellationToken)
    {
        ValidateChargerId(chargerId);
        var existing = await _store.FindAsync(chargerId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var charger = await _store.InsertIfMissingAsync(chargerId, status, _time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        Log.ChargerRegistered(_logger, charger.Id, charger.RegistrationStatus);
        return charger;
    }

    public async Task<bool> SetRegistrationStatusAsync(
        string chargerId, ChargerRegistrationStatus status, CancellationToken cancellationToken)
    {
        var changed = await _store.SetRegistrationStatusAsync(chargerId, status, _time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        if (changed)
        {
            Log.RegistrationStatusChanged(_logger, chargerId, status);
        }

        return changed;
    }

    public Task<bool> SetPasswordAsync(string chargerId, ReadOnlyMemory<byte> password, CancellationToken cancellationToken)
    {
        if (password.IsEmpty)
        {
            throw new ArgumentException("A charger password cannot be empty.", nameof(password));
        }

        var hash = PasswordHasher.Hash(password.Span, _options.PasswordHashIterations);
        return _store.SetPasswordHashAsync(chargerId, hash, _time.GetUtcNow(), cancellationToken);
    }

    public Task<bool> SetPasswordAsync(string chargerId, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        return SetPasswordAsync(chargerId, Encoding.UTF8.GetBytes(password), cancellationToken);
    }

    public Task<bool> ClearPasswordAsync(string chargerId, CancellationToken cancellationToken) =>
        _store.SetPasswordHashAsync(chargerId, null, _time.GetUtcNow(), cancellationToken);

    public async Task<PasswordVerification> VerifyPasswordAsync(
        string chargerId, ReadOnlyMemory<byte> password, CancellationToken cancellationToken)
    {
        var stored = await _store.GetPasswordHashAsync(chargerId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return PasswordVerification.UnknownCharger;
        }

        if (stored.Hash is null)
        {
            return PasswordVerification.NoPasswordSet;
        }

        return PasswordHasher.Verify(password.Span, stored.Hash) ? PasswordVerification.Valid : PasswordVerification.Invalid;
    }

    public async Task<BootResult> BootAsync(ChargerBoot boot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(boot);
        var now = _time.GetUtcNow();
        var charger = await _store.FindAsync(boot.ChargerId, cancellationToken).ConfigureAwait(false);
        if (charger is null)
        {
            Log.BootFromUnknownCharger(_logger, boot.ChargerId);
            return new BootResult(ChargerRegistrationStatus.Rejected, _options.BootRetryInterval, now);
        }

        var status = charger.RegistrationStatus;
        var entry = new BootLogEntry(0, charger.Id, now, status)
        {
            Reason = boot.Reason,
            Vendor = boot.Vendor,
            Model = boot.Model,
            SerialNumber = boot.SerialNumber,
            FirmwareVersion = boot.FirmwareVersion,
            OcppVersion = boot.OcppVersion,
        };
        await _store.RecordBootAsync(boot with { ChargerId = charger.Id }, entry, now, cancellationToken)
            .ConfigureAwait(false);
        _lastSeenWrites[charger.Id] = now.UtcTicks;
        _lastHeartbeatWrites.TryRemove(charger.Id, out _);
        var interval = status == ChargerRegistrationStatus.Accepted ? _options.HeartbeatInterval : _options.BootRetryInterval;
        return new BootResult(status, interval, now);
    }

    public async Task<DateTimeOffset> HeartbeatAsync(string chargerId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_lastHeartbeatWrites.TryGetValue(chargerId, out var last)
            && now.UtcTicks - last < _options.LastSeenWriteInterval.Ticks)
        {
            return now;
        }

        _lastHeartbeatWrites[chargerId] = now.UtcTicks;
        await _store.RecordHeartbeatAsync(chargerId, now, cancellationToken).ConfigureAwait(false);
        _lastSeenWrites[chargerId] = now.UtcTicks;
        return now;
    }

    public ValueTask MarkSeenAsync(string chargerId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_lastSeenWrites.TryGetValue(chargerId, out var last)
            && now.UtcTicks - last < _options.LastSeenWriteInterval.Ticks)
        {
            return ValueTask.CompletedTask;
        }

        _lastSeenWrites[chargerId] = now.UtcTicks;
        return new ValueTask(_store.RecordSeenAsync(chargerId, now, cancellationToken));
    }

    public async Task<DateTimeOffset> MarkOnlineAsync(string chargerId, string ocppVersion, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        _lastSeenWrites[chargerId] = now.UtcTicks;
        _lastHeartbeatWrites.TryRemove(chargerId, out _);
        await _store.SetOnlineAsync(chargerId, online: true, ocppVersion, now, cancellationToken).ConfigureAwait(false);
        return now;
    }

    public Task MarkOnlineAsync(string chargerId, string ocppVersion, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        _lastSeenWrites[chargerId] = now.UtcTicks;
        _lastHeartbeatWrites.TryRemove(chargerId, out _);
        return _store.SetConnectionOnlineAsync(chargerId, ocppVersion, connectedAt, now, cancellationToken);
    }

    public Task MarkOfflineAsync(string chargerId, CancellationToken cancellationToken)
    {
        _lastSeenWrites.TryRemove(chargerId, out _);
        _lastHeartbeatWrites.TryRemove(chargerId, out _);
        return _store.SetOnlineAsync(chargerId, online: false, ocppVersion: null, _time.GetUtcNow(), cancellationToken);
    }

    public Task MarkOfflineAsync(string chargerId, DateTimeOffset connectedAt, CancellationToken cancellationToken)
    {
        _lastSeenWrites.TryRemove(chargerId, out _);
        _lastHeartbeatWrites.TryRemove(chargerId, out _);
        return _store.SetOfflineAsync(chargerId, connectedAt, _time.GetUtcNow(), cancellationToken);
    }

    public async Task<bool> AssignStationAsync(string chargerId, string? stationId, CancellationToken cancellationToken)
    {
        if (stationId is not null
            && await _stations.GetAsync(stationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        return await _store.AssignStationAsync(chargerId, stationId, _time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<bool> UpdateDetailsAsync(string chargerId, string? vendor, string? model, CancellationToken cancellationToken) =>
        _store.UpdateDetailsAsync(chargerId, vendor, model, _time.GetUtcNow(), cancellationToken);

    public Task<bool> UpdateHardwareAsync(string chargerId, double? latitude, double? longitude, double? maxPowerKw, CancellationToken cancellationToken)
    {
        if (latitude is { } lat && !(lat is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), lat, "A latitude is between -90 and 90 degrees.");
        }

        if (longitude is { } lon && !(lon is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), lon, "A longitude is between -180 and 180 degrees.");
        }

        if (maxPowerKw is { } kw && !(kw is > 0 and <= MaxPowerKwLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(maxPowerKw), kw, $"A charger's maximum power is above 0 and at most 100000 kW.");
        }

        return _store.UpdateHardwareAsync(chargerId, latitude, longitude, maxPowerKw, _time.GetUtcNow(), cancellationToken);
    }

    public async Task<bool> DeleteAsync(string chargerId, CancellationToken cancellationToken)
    {
        var deleted = await _store.DeleteAsync(chargerId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            _lastSeenWrites.TryRemove(chargerId, out _);
            _lastHeartbeatWrites.TryRemove(chargerId, out _);
            Log.ChargerDeleted(_logger, chargerId);
        }

        return deleted;
    }

    internal static void ValidateChargerId(string chargerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(chargerId);
        if (chargerId.Length > MaxChargerIdLength)
        {
            throw new ArgumentException($"A charger id has at most {MaxChargerIdLength} characters.", nameof(chargerId));
        }

        foreach (var c in chargerId)
        {
            if (c is < (char)0x20 or > (char)0x7E)
            {
                throw new ArgumentException("A charger id is printable ASCII.", nameof(chargerId));
            }
        }
    }
}
