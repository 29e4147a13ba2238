using System.Text.Json.Serialization;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>
/// How stored profiles and schedules are written in the database: the version-neutral model, enums by name, so a
/// stored profile reads back the same whatever the charger's version.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChargingProfile))]
[JsonSerializable(typeof(IReadOnlyList<ChargingSchedule>))]
internal sealed partial class ChargingProfileJsonContext : JsonSerializerContext;
