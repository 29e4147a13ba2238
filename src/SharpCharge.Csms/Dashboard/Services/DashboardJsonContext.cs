using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpCharge.Csms.Dashboard.Services;

/// <summary>The JSON the dashboard hands its script (page data, live events, command feedback): camelCase, no nulls, generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveView))]
[JsonSerializable(typeof(LiveFigures))]
[JsonSerializable(typeof(CommandFeedback))]
[JsonSerializable(typeof(ChartData))]
[JsonSerializable(typeof(OverviewMap))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
