using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Ocpp.SmartCharging.V201;
using SharpCharge.Station.Queue;
using SharpCharge.Station.SmartCharging;
using Neutral = SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>Block K: set, clear and report charging profiles and compute composite schedules (K01, K08, K09, K10; OCPP-NOTES §5.13).</summary>
    private sealed class SmartChargingHandlers(IStationControl station) :
        IOcppHandler<SetChargingProfileRequest, SetChargingProfileResponse>,
        IOcppHandler<ClearChargingProfileRequest, ClearChargingProfileResponse>,
        IOcppHandler<GetCompositeScheduleRequest, GetCompositeScheduleResponse>,
        IOcppHandler<GetChargingProfilesRequest, GetChargingProfilesResponse>
    {
        public ValueTask<SetChargingProfileResponse> HandleAsync(SetChargingProfileRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var decision = request.EvseId < 0 || request.EvseId > station.EvseCount
                ? ProfileDecision.No("UnknownEvse", "No such EVSE (K01.FR.28).")
                : station.SetChargingProfile(request.EvseId, V201ChargingProfileMapping.ToModel(request.ChargingProfile), ProfileRules.V2);
            return ValueTask.FromResult(new SetChargingProfileResponse
            {
                Status = decision.Accepted ? ChargingProfileStatusEnumType.Accepted : ChargingProfileStatusEnumType.Rejected,
                StatusInfo = Info(decision.ReasonCode, decision.Detail),
            });
        }

        public ValueTask<ClearChargingProfileResponse> HandleAsync(ClearChargingProfileRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var criteria = request.ChargingProfileCriteria;
            var purpose = criteria?.ChargingProfilePurpose is { } wire ? ChargingProfileSpelling.ParsePurpose(wire.ToOcppString()) : (ChargingProfilePurpose?)null;

            // With an id the criteria do not count (K10.FR.03).
            var cleared = request.ChargingProfileId is { } id
                ? station.ClearChargingProfiles(id, null, null, null)
                : station.ClearChargingProfiles(null, criteria?.EvseId, purpose, criteria?.StackLevel);
            return ValueTask.FromResult(new ClearChargingProfileResponse { Status = cleared ? ClearChargingProfileStatusEnumType.Accepted : ClearChargingProfileStatusEnumType.Unknown });
        }

        public ValueTask<GetCompositeScheduleResponse> HandleAsync(GetCompositeScheduleRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var unit = request.ChargingRateUnit is { } wire ? V201ChargingProfileMapping.ToModel(wire) : ChargingRateUnit.W;
            return ValueTask.FromResult(station.CompositeSchedule(request.EvseId, request.Duration, unit) is { } schedule
                ? new GetCompositeScheduleResponse { Status = GenericStatusEnumType.Accepted, Schedule = V201ChargingProfileMapping.ToWire(schedule, request.EvseId) }
                : new GetCompositeScheduleResponse { Status = GenericStatusEnumType.Rejected, StatusInfo = Info("UnknownEvse", "No such EVSE (K08.FR.05).") });
        }

        public ValueTask<GetChargingProfilesResponse> HandleAsync(GetChargingProfilesRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var criteria = request.ChargingProfile;
            var matching = station.ChargingProfiles()
                .Where(p => request.EvseId is not { } evse || p.EvseId == evse)
                .Where(p => Matches(p.Profile, criteria))
                .GroupBy(p => p.EvseId)
                .ToList();
            if (matching.Count == 0)
            {
                return ValueTask.FromResult(new GetChargingProfilesResponse { Status = GetChargingProfileStatusEnumType.NoProfiles });
            }

            // One report per EVSE, every one but the last flagged tbc (K09.FR.01, K09.FR.02); sent after this answer.
            for (var i = 0; i < matching.Count; i++)
            {
                var report = new ReportChargingProfilesRequest
                {
                    RequestId = request.RequestId,
                    ChargingLimitSource = CsoSource,
                    EvseId = matching[i].Key,
                    ChargingProfile = [.. matching[i].Select(p => V201ChargingProfileMapping.TryToWire(p.Profile, out var wire) ? wire : null).OfType<ChargingProfileType>()],
                    Tbc = i < matching.Count - 1 ? true : null,
                };
                station.Send(new QueuedMessage("ReportChargingProfiles", MessageKind.Status, null, async (connection, _, token) =>
                    await connection.CallAsync(report, token).ConfigureAwait(false)));
            }

            return ValueTask.FromResult(new GetChargingProfilesResponse { Status = GetChargingProfileStatusEnumType.Accepted });
        }

        /// <summary>K09.FR.03: by id, or by every given field. Profiles the central system set count as source CSO.</summary>
        private static bool Matches(Neutral.ChargingProfile profile, ChargingProfileCriterionType criteria)
            => (criteria.ChargingProfileId is not { } ids || ids.Contains(profile.Id))
               && (criteria.ChargingProfilePurpose is not { } purpose || ChargingProfileSpelling.ParsePurpose(purpose.ToOcppString()) == profile.Purpose)
               && (criteria.StackLevel is not { } level || level == profile.StackLevel)
               && (criteria.ChargingLimitSource is not { } sources || sources.Any(s => s.ToOcppString() == "CSO"));
    }

    /// <summary>
    /// The profile a RequestStartTransaction carries: it must be a well-formed TxProfile without a transactionId
    /// (K05.FR.02, K05.FR.05). Null when there is none; a decision that refuses when it is unusable.
    /// </summary>
    private static ProfileDecision ReadRemoteStartProfile(RequestStartTransactionRequest request, out Neutral.ChargingProfile? profile)
    {
        profile = request.ChargingProfile is { } wire ? V201ChargingProfileMapping.ToModel(wire) : null;
        if (profile is null)
        {
            return ProfileDecision.Yes;
        }

        if (profile.Purpose != ChargingProfilePurpose.TxProfile || profile.TransactionId is not null)
        {
            return ProfileDecision.No(ChargingProfileCheck.InvalidProfile, "A remote start carries a TxProfile without transactionId (K05.FR.02).");
        }

        return ChargingProfileCheck.Problem(profile, startScheduleRules: true) is { } problem
            ? ProfileDecision.No(problem.ReasonCode, problem.Detail)
            : ProfileDecision.Yes;
    }

    private static StatusInfoType? Info(string? reasonCode, string? detail)
        => reasonCode is null ? null : new StatusInfoType { ReasonCode = reasonCode, AdditionalInfo = detail is { Length: > 512 } ? detail[..512] : detail };
}
