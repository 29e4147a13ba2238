using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Certificates;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>The station's own certificate types (A02), as CertificateSigningUseEnumType spells them.</summary>
    private const string StationCertificate = "ChargingStationCertificate";
    private const string V2GCertificate = "V2GCertificate";

    /// <summary>
    /// Certificate management: InstallCertificate (M05), GetInstalledCertificateIds (M03), DeleteCertificate (M04) and
    /// CertificateSigned (A02). The CSR side starts from TriggerMessage (<see cref="SignCertificate"/>).
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
            var (outcome, reason) = station.InstallCertificate(request.CertificateType.ToOcppString(), request.Certificate);
            return ValueTask.FromResult(new InstallCertificateResponse
            {
                Status = outcome switch
                {
                    InstallOutcome.Accepted => InstallCertificateStatusEnumType.Accepted,
                    InstallOutcome.Rejected => InstallCertificateStatusEnumType.Rejected,
                    _ => InstallCertificateStatusEnumType.Failed,
                },
                StatusInfo = Info(reason, null),
            });
        }

        public ValueTask<GetInstalledCertificateIdsResponse> HandleAsync(GetInstalledCertificateIdsRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // The station's V2G certificate answers for V2GCertificateChain, its sub-CAs as children (M03.FR.05).
            var uses = request.CertificateType?.Select(t => t == GetCertificateIdUseEnumType.V2GCertificateChain ? V2GCertificate : t.ToOcppString()).ToList();
            var chains = new List<CertificateHashDataChainType>();
            foreach (var certificate in station.FindCertificates(uses is { Count: > 0 } ? uses : null))
            {
                var type = certificate.Use == V2GCertificate ? GetCertificateIdUseEnumType.V2GCertificateChain
                    : GetCertificateIdUseEnumType.TryParseOcpp(certificate.Use, out var parsed) ? parsed : (GetCertificateIdUseEnumType?)null;
                if (type is null)
                {
                    // The ChargingStationCertificate has no GetCertificateIdUse value: it is not reported.
                    continue;
                }

                chains.Add(new CertificateHashDataChainType
                {
                    CertificateType = type.Value,
                    CertificateHashData = ToWire(certificate.Hash("SHA256")),
                    ChildCertificateHashData = certificate.Children.Count == 0 ? null : [.. certificate.Children.Select(c => ToWire(c.Hash("SHA256")))],
                });
            }

            return ValueTask.FromResult(new GetInstalledCertificateIdsResponse
            {
                // M03.FR.02, M03.FR.03.
                Status = chains.Count == 0 ? GetInstalledCertificateStatusEnumType.NotFound : GetInstalledCertificateStatusEnumType.Accepted,
                CertificateHashDataChain = chains.Count == 0 ? null : chains,
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
            var use = request.CertificateType is CertificateSigningUseEnumType.V2GCertificate ? V2GCertificate : StationCertificate;
            var accepted = station.CertificateSigned(use, request.CertificateChain, "InvalidChargingStationCertificate");
            return ValueTask.FromResult(new CertificateSignedResponse { Status = accepted ? CertificateSignedStatusEnumType.Accepted : CertificateSignedStatusEnumType.Rejected });
        }

        private static CertificateHashDataType ToWire(CertificateHash hash) => new()
        {
            HashAlgorithm = HashAlgorithmEnumType.TryParseOcpp(hash.Algorithm, out var algorithm) ? algorithm : HashAlgorithmEnumType.SHA256,
            IssuerNameHash = hash.IssuerNameHash,
            IssuerKeyHash = hash.IssuerKeyHash,
            SerialNumber = hash.SerialNumber,
        };
    }

    /// <summary>TriggerMessage(SignChargingStationCertificate / SignV2GCertificate): a new key pair, then its CSR in a SignCertificate (A02.FR.02, A02.FR.13).</summary>
    private static bool SignCertificate(IStationControl station, bool v2g)
    {
        var csr = station.CreateSigningRequest(v2g ? V2GCertificate : StationCertificate);
        station.Enqueue(Notification("SignCertificate", new SignCertificateRequest
        {
            Csr = csr,
            CertificateType = v2g ? CertificateSigningUseEnumType.V2GCertificate : CertificateSigningUseEnumType.ChargingStationCertificate,
        }));
        return true;
    }
}
