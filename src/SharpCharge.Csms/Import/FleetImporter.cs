using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Import;

/// <summary>
/// Upserts a checked fleet file through the domain services: stations first, then chargers (which name them), then
/// id tokens. A record equal to what is stored is not written, so importing the same file again changes nothing.
/// A field the file leaves out keeps its stored value. References are checked before anything is written.
/// </summary>
internal sealed class FleetImporter
{
    private readonly IStationService _stations;
    private readonly IChargerService _chargers;
    private readonly IIdTokenService _tokens;

    public FleetImporter(IStationService stations, IChargerService chargers, IIdTokenService tokens)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(chargers);
        ArgumentNullException.ThrowIfNull(tokens);
        _stations = stations;
        _chargers = chargers;
        _tokens = tokens;
    }

    /// <param name="progress">Told the number of records done after each one.</param>
    public async Task<ImportSummary> ImportAsync(string fileName, FleetFile fleet, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        await CheckReferencesAsync(fileName, fleet, cancellationToken).ConfigureAwait(false);

        var done = 0;
        var stations = ImportCounts.None;
        foreach (var entry in fleet.Stations)
        {
            stations = stations.Add(await SaveAsync(fileName, entry, cancellationToken).ConfigureAwait(false));
            progress?.Report(++done);
        }

        var chargers = ImportCounts.None;
        foreach (var entry in fleet.Chargers)
        {
            chargers = chargers.Add(await SaveAsync(entry, cancellationToken).ConfigureAwait(false));
            progress?.Report(++done);
        }

        var tokens = ImportCounts.None;
        foreach (var entry in fleet.Tokens)
        {
            tokens = tokens.Add(await SaveAsync(fileName, entry, cancellationToken).ConfigureAwait(false));
            progress?.Report(++done);
        }

        return new ImportSummary(stations, chargers, tokens);
    }

    private async Task CheckReferencesAsync(string fileName, FleetFile fleet, CancellationToken cancellationToken)
    {
        var known = fleet.Stations.Select(s => s.Station.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var charger in fleet.Chargers.Where(c => c.StationId is not null && !known.Contains(c.StationId)))
        {
            if (await _stations.GetAsync(charger.StationId!, cancellationToken).ConfigureAwait(false) is null)
            {
                problems.Add($"{fileName} line {charger.Line}: stationId '{charger.StationId}' names no station in the file or in the central system.");
            }
            else
            {
                known.Add(charger.StationId!);
            }
        }

        if (problems.Count > 0)
        {
            throw new FleetFileException(problems);
        }
    }

    private async Task<ImportChange> SaveAsync(string fileName, StationEntry entry, CancellationToken cancellationToken)
    {
        var existing = await _stations.GetAsync(entry.Station.Id, cancellationToken).ConfigureAwait(false);
        if (existing == entry.Station)
        {
            return ImportChange.Unchanged;
        }

        try
        {
            await _stations.SaveAsync(entry.Station, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // The parser checks what the service checks; this keeps a rule added to the service from failing without a line.
            throw new FleetFileException($"{fileName} line {entry.Line}: {e.Message}", e);
        }

        return existing is null ? ImportChange.Created : ImportChange.Updated;
    }

    private async Task<ImportChange> SaveAsync(ChargerEntry entry, CancellationToken cancellationToken)
    {
        var existing = await _chargers.FindAsync(entry.Id, cancellationToken).ConfigureAwait(false);
        var charger = existing ?? await _chargers.RegisterAsync(entry.Id, entry.RegistrationStatus, cancellationToken).ConfigureAwait(false);
        var changed = false;
        if (charger.RegistrationStatus != entry.RegistrationStatus)
        {
            changed |= await _chargers.SetRegistrationStatusAsync(charger.Id, entry.RegistrationStatus, cancellationToken).ConfigureAwait(false);
        }

        if (entry.StationId is not null && charger.StationId != entry.StationId)
        {
            changed |= await _chargers.AssignStationAsync(charger.Id, entry.StationId, cancellationToken).ConfigureAwait(false);
        }

        if ((entry.Vendor is not null && entry.Vendor != charger.Vendor) || (entry.Model is not null && entry.Model != charger.Model))
        {
            changed |= await _chargers.UpdateDetailsAsync(charger.Id, entry.Vendor, entry.Model, cancellationToken).ConfigureAwait(false);
        }

        if ((entry.Latitude is { } lat && lat != charger.Latitude)
            || (entry.Longitude is { } lon && lon != charger.Longitude)
            || (entry.ChargerMaxPowerKw is { } kw && kw != charger.MaxPowerKw))
        {
            changed |= await _chargers.UpdateHardwareAsync(charger.Id, entry.Latitude, entry.Longitude, entry.ChargerMaxPowerKw, cancellationToken).ConfigureAwait(false);
        }

        return existing is null ? ImportChange.Created : changed ? ImportChange.Updated : ImportChange.Unchanged;
    }

    private async Task<ImportChange> SaveAsync(string fileName, TokenEntry entry, CancellationToken cancellationToken)
    {
        var existing = await _tokens.GetAsync(entry.Token.Value, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing with { Value = entry.Token.Value } == entry.Token)
        {
            return ImportChange.Unchanged;
        }

        try
        {
            await _tokens.SaveAsync(entry.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new FleetFileException($"{fileName} line {entry.Line}: {e.Message}", e);
        }

        return existing is null ? ImportChange.Created : ImportChange.Updated;
    }
}
