using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http.HttpResults;
using SharpCharge.Csms.Domain.Security;

namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// A charger's security: its recorded security profile (raise only) and its client certificates (list, revoke):
/// <c>/api/chargers/{id}/security-profile</c> and <c>/api/chargers/{id}/client-certificates</c>.
/// </summary>
internal static class ChargerSecurityEndpoints
{
    public const int MaxReasonLength = 500;

    public static void MapChargerSecurityEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/chargers/{id}").WithTags("Charger security");
        group.MapGet("/security-profile", GetProfileAsync).WithName("GetSecurityProfile")
            .WithSummary("The lowest security profile the charger may connect with (0 none recorded, 1-3).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/security-profile", RaiseProfileAsync).WithName("RaiseSecurityProfile")
            .WithSummary("Raises the charger's security profile; lowering it is refused (2.0.1 A00.FR.005, A05.FR.07).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/client-certificates", ListCertificatesAsync).WithName("ListClientCertificates")
            .WithSummary("Client certificates the built-in CA issued to the charger, and revoked ones.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/client-certificates/revocations", RevokeAsync).WithName("RevokeClientCertificate")
            .WithSummary("Revokes a client certificate: the charger is refused at its next handshake with it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<SecurityProfileDto>, ProblemHttpResult>> GetProfileAsync(
        string id, IChargerSecurityStore store, CancellationToken cancellationToken)
    {
        var profile = await store.GetSecurityProfileAsync(id, cancellationToken);
        return profile is null ? ApiProblems.UnknownCharger(id) : TypedResults.Ok(new SecurityProfileDto(id, profile.Value));
    }

    private static async Task<Results<Ok<SecurityProfileDto>, ValidationProblem, ProblemHttpResult>> RaiseProfileAsync(
        string id, SecurityProfileBody body, IChargerSecurityStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body.SecurityProfile is not (>= 1 and <= 3))
        {
            return ApiProblems.Invalid("security_profile", "Give 1 (Basic auth over ws://), 2 (Basic auth over wss://) or 3 (TLS client certificate).");
        }

        var current = await store.GetSecurityProfileAsync(id, cancellationToken);
        if (current is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        if (body.SecurityProfile < current)
        {
            return ApiProblems.Conflict(
                $"Charger '{id}' is at security profile {current}; a profile cannot be lowered (2.0.1 A00.FR.005, A05.FR.07). " +
                "To start over, delete the charger and register it again.");
        }

        await store.RaiseSecurityProfileAsync(id, body.SecurityProfile.Value, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new SecurityProfileDto(id, Math.Max(current.Value, body.SecurityProfile.Value)));
    }

    private static async Task<Results<Ok<List<ClientCertificateDto>>, ProblemHttpResult>> ListCertificatesAsync(
        string id, IChargerSecurityStore store, CancellationToken cancellationToken)
    {
        if (await store.GetSecurityProfileAsync(id, cancellationToken) is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        var certificates = await store.ListCertificatesAsync(id, cancellationToken);
        return TypedResults.Ok(certificates.Select(ClientCertificateDto.From).ToList());
    }

    private static async Task<Results<Ok<ClientCertificateDto>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        string id, RevokeCertificateBody body, IChargerSecurityStore store, SecurityEvents events, TimeProvider time, HttpContext context, CancellationToken cancellationToken)
    {
        if (!TryFingerprint(body, out var fingerprint, out var field, out var problem))
        {
            return ApiProblems.Invalid(field, problem);
        }

        if (body.Reason is { Length: > MaxReasonLength })
        {
            return ApiProblems.Invalid("reason", $"The reason may have at most {MaxReasonLength} characters.");
        }

        if (await store.GetSecurityProfileAsync(id, cancellationToken) is null)
        {
            return ApiProblems.UnknownCharger(id);
        }

        var revoked = await store.RevokeAsync(id, fingerprint, body.Reason, time.GetUtcNow(), cancellationToken);
        events.Raise(SecurityEventType.CertificateRevoked, id, context.Connection.RemoteIpAddress?.ToString(), $"certificate {fingerprint} revoked");
        return TypedResults.Ok(ClientCertificateDto.From(revoked));
    }

    private static bool TryFingerprint(RevokeCertificateBody body, out string fingerprint, out string field, out string problem)
    {
        fingerprint = field = problem = string.Empty;
        if (body.Certificate is { Length: > 0 } pem)
        {
            try
            {
                using var certificate = X509Certificate2.CreateFromPem(pem);
                fingerprint = ChargerCertificate.FingerprintOf(certificate);
                return true;
            }
            catch (CryptographicException)
            {
                (field, problem) = ("certificate", "Not a PEM certificate (-----BEGIN CERTIFICATE----- ...).");
                return false;
            }
        }

        var hex = (body.Fingerprint ?? string.Empty).Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            (field, problem) = ("fingerprint", "Give the certificate's SHA-256 fingerprint (64 hex digits, colons allowed) or the certificate as PEM in 'certificate'.");
            return false;
        }

        fingerprint = hex;
        return true;
    }
}
