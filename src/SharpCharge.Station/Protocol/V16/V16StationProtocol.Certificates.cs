using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Certificates;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>The charge point's own certificate (1.6 security extension A02); the store names it as 2.x does.</summary>
    private const string StationCertificate = "ChargingStationCertificate";

    /// <summary>
    /// The 1.6 security extension's certificate messages: InstallCertificate (M05), GetInstalledCertificateIds (M03),
    /// DeleteCertificate (M04) and CertificateSigned (A02). CentralSystemRootCertificate is the 2.x CSMSRootCertificate.
    /// </summary>
    private sealed class CertificateHandlers(IStationControl station) :
        IOcppHandler<InstallCertificateRequest, InstallCertificateResponse>,
        IOcppHandler<GetInstalledCertificateIdsRequest, GetInstalledCertificateIdsResponse>,
        IOcppHandler<DeleteCertificateRequest, DeleteCertificateResponse>,
        IOcppHandler<CertificateSignedRequest, CertificateSignedResponse>
    {
        public ValueTask<InstallCertificateResponse> HandleAsync(InstallCertificateRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var (outcome, _) = station.InstallCertificate(UseOf(request.CertificateType), request.Certificate);
            return ValueTask.FromResult(new InstallCertificateResponse
            {
                Status = outcome switch
                {
                    InstallOutcome.Accepted => InstallCertificateStatusEnumType.Accepted,
                    InstallOutcome.Rejected => InstallCertificateStatusEnumType.Rejected,
                    _ => InstallCertificateStatusEnumType.Failed,
                },
            });
        }

        public ValueTask<GetInstalledCertificateIdsResponse> HandleAsync(GetInstalledCertificateIdsRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var found = station.FindCertificates([UseOf(request.CertificateType)]);
            return ValueTask.FromResult(new GetInstalledCertificateIdsResponse
            {
                Status = found.Count == 0 ? GetInstalledCertificateStatusEnumType.NotFound : GetInstalledCertificateStatusEnumType.Accepted,
                CertificateHashData = found.Count == 0 ? null : [.. found.Select(c => ToWire(c.Hash("SHA256")))],
            });
        }

        public ValueTask<DeleteCertificateResponse> HandleAsync(DeleteCertificateRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var data = request.CertificateHashData;
            var outcome = station.DeleteCertificate(new CertificateHash(data.HashAlgorithm.ToOcppString(), data.IssuerNameHash, data.IssuerKeyHash, data.SerialNumber));
            return ValueTask.FromResult(new DeleteCertificateResponse
            {
                Status = outcome switch
                {
                    DeleteOutcome.Accepted => DeleteCertificateStatusEnumType.Accepted,
                    DeleteOutcome.NotFound => DeleteCertificateStatusEnumType.NotFound,
                    _ => DeleteCertificateStatusEnumType.Failed,
                },
            });
        }

        public ValueTask<CertificateSignedResponse> HandleAsync(CertificateSignedRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var accepted = station.CertificateSigned(StationCertificate, request.CertificateChain, "InvalidChargePointCertificate");
            return ValueTask.FromResult(new CertificateSignedResponse { Status = accepted ? CertificateSignedStatusEnumType.Accepted : CertificateSignedStatusEnumType.Rejected });
        }

        private static string UseOf(CertificateUseEnumType type)
            => type == CertificateUseEnumType.CentralSystemRootCertificate ? "CSMSRootCertificate" : "ManufacturerRootCertificate";

        private static CertificateHashDataType ToWire(CertificateHash hash) => new()
        {
            HashAlgorithm = HashAlgorithmEnumType.TryParseOcpp(hash.Algorithm, out var algorithm) ? algorithm : HashAlgorithmEnumType.SHA256,
            IssuerNameHash = hash.IssuerNameHash,
            IssuerKeyHash = hash.IssuerKeyHash,
            SerialNumber = hash.SerialNumber,
        };
    }

    /// <summary>ExtendedTriggerMessage(SignChargePointCertificate): a new key pair, then its CSR in a SignCertificate (A02).</summary>
    private static bool SignCertificate(IStationControl station)
    {
        var csr = station.CreateSigningRequest(StationCertificate);
        station.Enqueue(Notification("SignCertificate", new SignCertificateRequest { Csr = csr }));
        return true;
    }
}
