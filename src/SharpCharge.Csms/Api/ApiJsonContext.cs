using System.Text.Json;
using System.Text.Json.Serialization;
using SharpCharge.Csms.Api.Health;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Api;

/// <summary>
/// Source-generated JSON metadata for every type the REST API reads or writes. Names are snake_case; enums are
/// snake_case strings (<see cref="ApiJson"/> adds their converters to the HTTP JSON options).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(ReadinessReport))]
[JsonSerializable(typeof(LiveEvent))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
