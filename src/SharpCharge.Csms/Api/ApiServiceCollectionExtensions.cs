using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The REST API's services: snake_case JSON, problem details for every failure (binding errors included), API key
    /// checks from the "Api" section (validated at start), the database readiness check and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddCsmsApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>());
        services.AddSingleton<ApiAccessPolicy>();
        services.AddSingleton<ApiKeyFilter>();

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityTransformer>());
        return services;
    }
}
