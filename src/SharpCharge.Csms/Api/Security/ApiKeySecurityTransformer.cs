using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SharpCharge.Csms.Api.Security;

/// <summary>Declares the X-API-Key header in the OpenAPI document, so generated clients and the docs page know it.</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "SharpCharge central system API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["api_key"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyFilter.HeaderName,
            Description = "Required when the API listens on a non-loopback address; read-only keys may only GET.",
        };
        return Task.CompletedTask;
    }
}
