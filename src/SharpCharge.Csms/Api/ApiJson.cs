using System.Text.Json;
using System.Text.Json.Serialization;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Live;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Api;

/// <summary>
/// The JSON settings of the REST API, applied to ASP.NET Core's HTTP JSON options (which the OpenAPI document reads
/// too, so the schema shows the names clients see): snake_case members, enums as snake_case strings through one
/// generic converter per enum (no reflection), and <see cref="ApiJsonContext"/> first in the resolver chain.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policy = JsonNamingPolicy.SnakeCaseLower;
        options.PropertyNamingPolicy = policy;
        options.Converters.Add(new JsonStringEnumConverter<LiveEventKind>(policy));
        options.Converters.Add(new JsonStringEnumConverter<ConnectorStatus>(policy));
        options.Converters.Add(new JsonStringEnumConverter<ChargerRegistrationStatus>(policy));
        options.Converters.Add(new JsonStringEnumConverter<TransactionState>(policy));
        options.Converters.Add(new JsonStringEnumConverter<IdTokenStatus>(policy));
        options.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
    }
}
