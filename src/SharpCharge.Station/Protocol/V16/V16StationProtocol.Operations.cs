using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>
    /// The remaining 1.6 requests with behaviour (OCPP-NOTES §4.9-§4.14): availability, unlock, data transfer,
    /// reservations, triggers, firmware and diagnostics (plain and security-extension variants).
    /// </summary>
    private sealed class OperationHandlers(IStationControl station) :
        IOcppHandler<ChangeAvailabilityRequest, ChangeAvailabilityResponse>,
        IOcppHandler<UnlockConnectorRequest, UnlockConnectorResponse>,
        IOcppHandler<DataTransferRequest, DataTransferResponse>,
        IOcppHandler<ReserveNowRequest, ReserveNowResponse>,
        IOcppHandler<CancelReservationRequest, CancelReservationResponse>,
        IOcppHandler<TriggerMessageRequest, TriggerMessageResponse>,
        IOcppHandler<ExtendedTriggerMessageRequest, ExtendedTriggerMessageResponse>,
        IOcppHandler<UpdateFirmwareRequest, UpdateFirmwareResponse>,
        IOcppHandler<SignedUpdateFirmwareRequest, SignedUpdateFirmwareResponse>,
        IOcppHandler<GetDiagnosticsRequest, GetDiagnosticsResponse>,
        IOcppHandler<GetLogRequest, GetLogResponse>
    {
        public ValueTask<ChangeAvailabilityResponse> HandleAsync(ChangeAvailabilityRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // Connector 0 is the whole charge point; connector n is EVSE n.
            var outcome = station.ChangeAvailability(request.ConnectorId == 0 ? null : request.ConnectorId, null, request.Type == AvailabilityType.Operative);
            return ValueTask.FromResult(new ChangeAvailabilityResponse
            {
                Status = outcome switch
                {
                    AvailabilityOutcome.Accepted => AvailabilityStatus.Accepted,
                    AvailabilityOutcome.Scheduled => AvailabilityStatus.Scheduled,
                    _ => AvailabilityStatus.Rejected,
                },
            });
        }

        public ValueTask<UnlockConnectorResponse> HandleAsync(UnlockConnectorRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // A running transaction is stopped first (reason UnlockCommand); an unknown connector is NotSupported (errata).
            var outcome = station.Unlock(request.ConnectorId, 1, stopSession: true);
            return ValueTask.FromResult(new UnlockConnectorResponse
            {
                Status = outcome switch
                {
                    UnlockOutcome.Unlocked => UnlockStatus.Unlocked,
                    UnlockOutcome.UnlockFailed => UnlockStatus.UnlockFailed,
                    _ => UnlockStatus.NotSupported,
                },
            });
        }

        public ValueTask<DataTransferResponse> HandleAsync(DataTransferRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var (status, data) = station.DataTransfer(request.VendorId, request.MessageId, request.Data);
            return ValueTask.FromResult(new DataTransferResponse
            {
                Status = status switch
                {
                    "Accepted" => DataTransferStatus.Accepted,
                    "UnknownMessageId" => DataTransferStatus.UnknownMessageId,
                    "UnknownVendorId" => DataTransferStatus.UnknownVendorId,
                    _ => DataTransferStatus.Rejected,
                },
                Data = status == "UnknownVendorId" ? null : data,
            });
        }

        public ValueTask<ReserveNowResponse> HandleAsync(ReserveNowRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var outcome = station.Reserve(request.ReservationId, request.ConnectorId == 0 ? null : request.ConnectorId, request.ExpiryDate, request.IdTag, request.ParentIdTag);
            return ValueTask.FromResult(new ReserveNowResponse
            {
                Status = outcome switch
                {
                    ReservationOutcome.Accepted => ReservationStatus.Accepted,
                    ReservationOutcome.Occupied => ReservationStatus.Occupied,
                    ReservationOutcome.Faulted => ReservationStatus.Faulted,
                    ReservationOutcome.Unavailable => ReservationStatus.Unavailable,
                    _ => ReservationStatus.Rejected,
                },
            });
        }

        public ValueTask<CancelReservationResponse> HandleAsync(CancelReservationRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var found = station.CancelReservation(request.ReservationId);
            return ValueTask.FromResult(new CancelReservationResponse { Status = found ? CancelReservationStatus.Accepted : CancelReservationStatus.Rejected });
        }

        public ValueTask<TriggerMessageResponse> HandleAsync(TriggerMessageRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var accepted = request.RequestedMessage switch
            {
                MessageTrigger.BootNotification => Do(station.TriggerBoot),
                MessageTrigger.Heartbeat => Do(station.TriggerHeartbeat),
                MessageTrigger.StatusNotification => station.TriggerStatus(request.ConnectorId, null),
                MessageTrigger.MeterValues => station.TriggerMeterValues(request.ConnectorId, transactionEvents: false),
                MessageTrigger.FirmwareStatusNotification => Do(station.TriggerFirmwareStatus),
                _ => Do(() => station.TriggerUploadStatus(log: false)),
            };
            var status = accepted ? TriggerMessageStatus.Accepted : TriggerMessageStatus.Rejected;
            station.OnTriggered(request.RequestedMessage.ToString(), status.ToString());
            return ValueTask.FromResult(new TriggerMessageResponse { Status = status });
        }

        public ValueTask<ExtendedTriggerMessageResponse> HandleAsync(ExtendedTriggerMessageRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            bool? accepted = request.RequestedMessage switch
            {
                MessageTriggerEnumType.BootNotification => Do(station.TriggerBoot),
                MessageTriggerEnumType.Heartbeat => Do(station.TriggerHeartbeat),
                MessageTriggerEnumType.StatusNotification => station.TriggerStatus(request.ConnectorId, null),
                MessageTriggerEnumType.MeterValues => station.TriggerMeterValues(request.ConnectorId, transactionEvents: false),
                MessageTriggerEnumType.FirmwareStatusNotification => Do(station.TriggerFirmwareStatus),
                MessageTriggerEnumType.LogStatusNotification => Do(() => station.TriggerUploadStatus(log: true)),
                MessageTriggerEnumType.SignChargePointCertificate => SignCertificate(station),
                _ => null,
            };
            var status = accepted switch
            {
                true => TriggerMessageStatusEnumType.Accepted,
                false => TriggerMessageStatusEnumType.Rejected,
                null => TriggerMessageStatusEnumType.NotImplemented,
            };
            station.OnTriggered(request.RequestedMessage.ToString(), status.ToString());
            return ValueTask.FromResult(new ExtendedTriggerMessageResponse { Status = status });
        }

        public ValueTask<UpdateFirmwareResponse> HandleAsync(UpdateFirmwareRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            station.StartFirmwareUpdate(null, signed: false, request.Location, request.RetrieveDate);
            return ValueTask.FromResult(new UpdateFirmwareResponse());
        }

        public ValueTask<SignedUpdateFirmwareResponse> HandleAsync(SignedUpdateFirmwareRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var cancelled = station.StartFirmwareUpdate(request.RequestId, signed: true, request.Firmware.Location, request.Firmware.RetrieveDateTime);
            return ValueTask.FromResult(new SignedUpdateFirmwareResponse { Status = cancelled ? UpdateFirmwareStatusEnumType.AcceptedCanceled : UpdateFirmwareStatusEnumType.Accepted });
        }

        public ValueTask<GetDiagnosticsResponse> HandleAsync(GetDiagnosticsRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var (fileName, _) = station.StartUpload(null, log: false, request.Location);
            return ValueTask.FromResult(new GetDiagnosticsResponse { FileName = fileName });
        }

        public ValueTask<GetLogResponse> HandleAsync(GetLogRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var (fileName, cancelled) = station.StartUpload(request.RequestId, log: true, request.Log.RemoteLocation);
            return ValueTask.FromResult(new GetLogResponse { Status = cancelled ? LogStatusEnumType.AcceptedCanceled : LogStatusEnumType.Accepted, Filename = fileName });
        }

        private static bool Do(Action action)
        {
            action();
            return true;
        }
    }
}
