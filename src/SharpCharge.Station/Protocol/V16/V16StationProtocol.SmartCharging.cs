using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Ocpp.SmartCharging.V16;
using SharpCharge.Station.SmartCharging;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>The 1.6 Smart Charging profile (1.6 §3.13, §5.5, §5.7, §5.16; OCPP-NOTES §4.11).</summary>
    private sealed class SmartChargingHandlers(IStationControl station) :
        IOcppHandler<SetChargingProfileRequest, SetChargingProfileResponse>,
        IOcppHandler<ClearChargingProfileRequest, ClearChargingProfileResponse>,
        IOcppHandler<GetCompositeScheduleRequest, GetCompositeScheduleResponse>
    {
        public ValueTask<SetChargingProfileResponse> HandleAsync(SetChargingProfileRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            if (request.ConnectorId < 0 || request.ConnectorId > station.EvseCount)
            {
                // 1.6 errata §3.39: an invalid connectorId is a CALLERROR, not a Rejected.
                throw new OcppCallException(OcppErrorCode.PropertyConstraintViolation, $"connectorId {request.ConnectorId} does not exist here: use 0 for the charge point or 1 to {station.EvseCount}.");
            }

            var decision = station.SetChargingProfile(request.ConnectorId, V16ChargingProfileMapping.ToModel(request.CsChargingProfiles), ProfileRules.V16);
            return ValueTask.FromResult(new SetChargingProfileResponse { Status = decision.Accepted ? ChargingProfileStatus.Accepted : ChargingProfileStatus.Rejected });
        }

        public ValueTask<ClearChargingProfileResponse> HandleAsync(ClearChargingProfileRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var purpose = request.ChargingProfilePurpose is { } wire ? ChargingProfileSpelling.ParsePurpose(wire.ToOcppString()) : (ChargingProfilePurpose?)null;
            var cleared = station.ClearChargingProfiles(request.Id, request.ConnectorId, purpose, request.StackLevel);
            return ValueTask.FromResult(new ClearChargingProfileResponse { Status = cleared ? ClearChargingProfileStatus.Accepted : ClearChargingProfileStatus.Unknown });
        }

        public ValueTask<GetCompositeScheduleResponse> HandleAsync(GetCompositeScheduleRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var unit = request.ChargingRateUnit is { } wire ? V16ChargingProfileMapping.ToModel(wire) : ChargingRateUnit.W;

            // An unknown connector is Rejected (1.6 §5.7); the start goes into scheduleStart (errata §3.51).
            return ValueTask.FromResult(station.CompositeSchedule(request.ConnectorId, request.Duration, unit) is { } schedule
                ? new GetCompositeScheduleResponse
                {
                    Status = GetCompositeScheduleStatus.Accepted,
                    ConnectorId = request.ConnectorId,
                    ScheduleStart = schedule.Start,
                    ChargingSchedule = V16ChargingProfileMapping.ToWire(schedule),
                }
                : new GetCompositeScheduleResponse { Status = GetCompositeScheduleStatus.Rejected });
        }
    }

    /// <summary>
    /// The profile a RemoteStartTransaction carries, when it is one the station can apply: a TxProfile without a
    /// transactionId (1.6 §5.16.2). Null when there is none; false when it is unusable and the start is refused.
    /// </summary>
    private static bool TryReadRemoteStartProfile(RemoteStartTransactionRequest request, out Ocpp.SmartCharging.ChargingProfile? profile)
    {
        profile = request.ChargingProfile is { } wire ? V16ChargingProfileMapping.ToModel(wire) : null;
        return profile is null
               || (profile.Purpose == ChargingProfilePurpose.TxProfile && profile.TransactionId is null
                   && ChargingProfileCheck.Problem(profile, startScheduleRules: false) is null);
    }
}
