using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// Firmware, logs and certificates under <c>/api/chargers/{id}</c>. Firmware and log progress reported later by the
/// charger appears as <c>follow_up_status</c> of the command in <c>GET /api/commands</c>.
/// </summary>
internal static class MaintenanceEndpoints
{
    public static void MapMaintenanceCommands(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes);
        group.MapPost("/firmware", FirmwareAsync).WithName("UpdateFirmware")
            .WithSummary("Install firmware (1.6 UpdateFirmware or, signed, SignedUpdateFirmware; 2.x UpdateFirmware).");
        group.MapPost("/diagnostics", DiagnosticsAsync).WithName("GetDiagnostics")
            .WithSummary("Upload diagnostics or a log (1.6 GetDiagnostics, or GetLog with log_type; 2.x GetLog).");
        group.MapPost("/certificates", InstallCertificateAsync).WithName("InstallCertificate").WithSummary("Install a root certificate.");
        group.MapGet("/certificates", GetCertificatesAsync).WithName("GetInstalledCertificates")
            .WithSummary("List installed certificates (1.6: exactly one certificate_type).");
        group.MapDelete("/certificates", DeleteCertificateAsync).WithName("DeleteCertificate")
            .WithSummary("Delete an installed certificate, named by hash_algorithm, issuer_name_hash, issuer_key_hash and serial_number.");
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> FirmwareAsync(
        [AsParameters] CommandTarget target, FirmwareBody body, TimeProvider time)
    {
        if (!IsAbsoluteUri(body.Location))
        {
            return ApiProblems.Invalid("location", "Required: the absolute URI to download the firmware from.");
        }

        var command = new UpdateFirmware(body.Location!, body.RetrieveAt ?? time.GetUtcNow())
        {
            InstallAt = body.InstallAt,
            Retries = body.Retries,
            RetryIntervalSeconds = body.RetryInterval,
            SigningCertificate = body.SigningCertificate,
            Signature = body.Signature,
        };
        return CommandResults.Map(target.Id, await target.SendAsync(command), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> DiagnosticsAsync([AsParameters] CommandTarget target, DiagnosticsBody body)
    {
        if (!IsAbsoluteUri(body.Location))
        {
            return ApiProblems.Invalid("location", "Required: the absolute URI the charger uploads to.");
        }

        var command = new GetLog(body.Location!)
        {
            LogType = body.LogType,
            From = body.From,
            To = body.To,
            Retries = body.Retries,
            RetryIntervalSeconds = body.RetryInterval,
        };
        return CommandResults.Map(target.Id, await target.SendAsync(command), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> InstallCertificateAsync([AsParameters] CommandTarget target, CertificateBody body)
    {
        if (string.IsNullOrWhiteSpace(body.CertificateType))
        {
            return ApiProblems.Invalid("certificate_type", "Required: the certificate's use, e.g. CSMSRootCertificate (1.6: CentralSystemRootCertificate).");
        }

        if (string.IsNullOrWhiteSpace(body.Certificate))
        {
            return ApiProblems.Invalid("certificate", "Required: the PEM-encoded certificate.");
        }

        return CommandResults.Map(
            target.Id, await target.SendAsync(new InstallCertificate(body.CertificateType, body.Certificate)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<CertificatesResponse>, ProblemHttpResult, ValidationProblem>> GetCertificatesAsync(
        [AsParameters] CommandTarget target, [FromQuery(Name = "certificate_type")] string[]? types)
    {
        var result = await target.SendAsync(new GetInstalledCertificates(types ?? []));
        return CommandResults.Map(target.Id, result, r => new CertificatesResponse(
            CommandResults.Status(r.Outcome),
            target.Id,
            r.CommandId,
            r.Reply.Status,
            [.. (r.Reply.Data as InstalledCertificates)?.Certificates.Select(c => new CertificateView(c.HashAlgorithm, c.IssuerNameHash, c.IssuerKeyHash, c.SerialNumber, c.CertificateType)) ?? []]));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> DeleteCertificateAsync(
        [AsParameters] CommandTarget target,
        [FromQuery(Name = "hash_algorithm")] string? hashAlgorithm,
        [FromQuery(Name = "issuer_name_hash")] string? issuerNameHash,
        [FromQuery(Name = "issuer_key_hash")] string? issuerKeyHash,
        [FromQuery(Name = "serial_number")] string? serialNumber)
    {
        foreach (var (name, value) in new[] { ("hash_algorithm", hashAlgorithm), ("issuer_name_hash", issuerNameHash), ("issuer_key_hash", issuerKeyHash), ("serial_number", serialNumber) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return ApiProblems.Invalid(name, "Required: the certificate is named by hash_algorithm, issuer_name_hash, issuer_key_hash and serial_number (as GET /certificates lists them).");
            }
        }

        var command = new DeleteCertificate(new CertificateHash(hashAlgorithm!, issuerNameHash!, issuerKeyHash!, serialNumber!));
        return CommandResults.Map(target.Id, await target.SendAsync(command), r => CommandResults.Response(target.Id, r));
    }

    private static bool IsAbsoluteUri(string? value) => Uri.TryCreate(value, UriKind.Absolute, out _);
}
