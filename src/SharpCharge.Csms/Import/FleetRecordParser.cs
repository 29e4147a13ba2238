using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Import;

/// <summary>
/// Checks raw records field by field and turns them into stations, chargers and tokens. The rules are those of the
/// domain services (which check again when saving) plus what a file can get wrong: unknown fields, duplicates,
/// numbers out of range. Every problem is collected; the file is refused if there is any.
/// </summary>
internal static class FleetRecordParser
{
    /// <summary>Problems reported at most; a file with more is usually in the wrong format altogether.</summary>
    public const int MaxProblems = 50;

    public const double MaxPowerKwLimit = 1_000;

    private static readonly string[] StationFields = ["id", "name", "address", "latitude", "longitude", "capacityKw", "pricePerKwh", "pricePerMinute", "sessionFee", "currency"];
    private static readonly string[] ChargerFields = ["id", "stationId", "registrationStatus", "vendor", "model", "ocppVersion", "maxPowerKw", "dc", "evses", "latitude", "longitude"];
    private static readonly string[] TokenFields = ["value", "type", "status", "groupId", "expiresAt", "allowConcurrentTransactions"];
    private static readonly string[] Versions = ["1.6", "2.0.1", "2.1"];

    public static FleetFile Parse(string fileName, IReadOnlyList<RawRecord> records)
    {
        var problems = new List<string>();
        var stations = new List<StationEntry>();
        var chargers = new List<ChargerEntry>();
        var tokens = new List<TokenEntry>();
        var stationIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var chargerIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var tokenValues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var fields = new RecordFields(fileName, record, problems);
            switch (record.Kind)
            {
                case RecordKind.Station when ParseStation(fields) is { } station && Unique(fields, "id", station.Id, stationIds):
                    stations.Add(new StationEntry(station, record.Line));
                    break;
                case RecordKind.Charger when ParseCharger(fields) is { } charger && Unique(fields, "id", charger.Id, chargerIds):
                    chargers.Add(charger);
                    break;
                case RecordKind.Token when ParseToken(fields) is { } token && Unique(fields, "value", token.Value, tokenValues):
                    tokens.Add(new TokenEntry(token, record.Line));
                    break;
            }

            if (problems.Count >= MaxProblems)
            {
                problems.Add($"{fileName}: stopped after {MaxProblems} problems.");
                break;
            }
        }

        return problems.Count > 0 ? throw new FleetFileException(problems) : new FleetFile(stations, chargers, tokens);
    }

    private static Station? ParseStation(RecordFields f)
    {
        f.RefuseUnknown(StationFields);
        var id = f.Required("id", StationService.MaxStationIdLength);
        var name = f.Required("name", 200);
        var price = f.Money("pricePerKwh");
        var currency = f.Text("currency", 3);
        Tariff? tariff = null;
        if (price is not null || currency is not null || f.Record.Fields.ContainsKey("pricePerMinute") || f.Record.Fields.ContainsKey("sessionFee"))
        {
            if (price is null && !f.Record.Fields.ContainsKey("pricePerKwh"))
            {
                f.Problem("pricePerKwh", "is required when the station has a tariff.");
            }

            if (currency is null && !f.Record.Fields.ContainsKey("currency"))
            {
                f.Problem("currency", "is required when the station has a tariff (an ISO 4217 code such as KRW).");
            }
            else if (currency is not null && !currency.All(char.IsAsciiLetterUpper))
            {
                f.Problem("currency", $"must be an ISO 4217 code of three upper-case letters such as KRW (found '{currency}').");
            }

            tariff = new Tariff(price ?? 0m, currency ?? "") { PricePerMinute = f.Money("pricePerMinute"), SessionFee = f.Money("sessionFee") };
        }

        var station = new Station(id ?? "", name ?? "")
        {
            Address = f.Text("address", 500),
            Latitude = f.Number("latitude", -90, 90),
            Longitude = f.Number("longitude", -180, 180),
            CapacityKw = f.Number("capacityKw", 0, 1_000_000),
            Tariff = tariff,
        };
        return id is null || name is null ? null : station;
    }

    private static ChargerEntry? ParseCharger(RecordFields f)
    {
        f.RefuseUnknown(ChargerFields);
        var id = f.Required("id", ChargerService.MaxChargerIdLength);
        if (id is not null && id.Any(c => c is < (char)0x21 or > (char)0x7E or '/' or '{' or '}'))
        {
            f.Problem("id", $"must be printable ASCII without spaces, '/', '{{' or '}}' (found '{id}').");
            id = null;
        }

        var version = f.Text("ocppVersion", 10);
        if (version is not null && !Versions.Contains(version))
        {
            f.Problem("ocppVersion", $"must be 1.6, 2.0.1 or 2.1 (found '{version}').");
        }

        var maxPowerKw = f.Number("maxPowerKw", 1, MaxPowerKwLimit);
        var evses = f.Whole("evses", 1, 100) ?? 1;
        var charger = new ChargerEntry(id ?? "", f.Record.Line)
        {
            StationId = f.Text("stationId", StationService.MaxStationIdLength),
            RegistrationStatus = f.Choice<ChargerRegistrationStatus>("registrationStatus") ?? ChargerRegistrationStatus.Accepted,
            Vendor = f.Text("vendor", 50),
            Model = f.Text("model", 50),
            OcppVersion = version is not null && Versions.Contains(version) ? version : "1.6",
            MaxPowerKw = (decimal)(maxPowerKw ?? 22),
            Dc = f.Flag("dc") ?? false,
            Evses = evses,
            Latitude = f.Number("latitude", -90, 90),
            Longitude = f.Number("longitude", -180, 180),
            ChargerMaxPowerKw = maxPowerKw * evses,
        };
        return id is null ? null : charger;
    }

    private static IdTokenRecord? ParseToken(RecordFields f)
    {
        f.RefuseUnknown(TokenFields);
        var value = f.Required("value", IdTokenTypes.MaxValueLength);
        var status = f.Choice<IdTokenStatus>("status") ?? IdTokenStatus.Accepted;
        if (status == IdTokenStatus.ConcurrentTx)
        {
            f.Problem("status", "cannot be ConcurrentTx: it is computed per transaction (use Accepted, Blocked, Expired or Invalid).");
        }

        var token = new IdTokenRecord(value ?? "", f.Text("type", 20) ?? IdTokenTypes.Iso14443, status)
        {
            GroupId = f.Text("groupId", IdTokenTypes.MaxValueLength),
            ExpiresAt = f.Instant("expiresAt"),
            AllowConcurrentTransactions = f.Flag("allowConcurrentTransactions") ?? false,
        };
        return value is null ? null : token;
    }

    private static bool Unique(RecordFields f, string field, string key, Dictionary<string, int> seen)
    {
        if (seen.TryAdd(key, f.Record.Line))
        {
            return true;
        }

        f.Problem(field, $"'{key}' is already given on line {seen[key]}.");
        return false;
    }
}
