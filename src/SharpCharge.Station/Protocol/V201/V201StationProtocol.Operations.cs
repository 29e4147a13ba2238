using System.Buffers;
using System.Text.Json;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>
    /// The remaining 2.x requests with behaviour: availability (G03-G05), unlock (F05), data transfer (P01),
    /// reservations (H01-H02), triggers (F06), firmware (L01) and logs (N01).
    /// </summary>
    private sealed class OperationHandlers(IStationControl station) :
        IOcppHandler<ChangeAvailabilityRequest, ChangeAvailabilityResponse>,
        IOcppHandler<UnlockConnectorRequest, UnlockConnectorResponse>,
        IOcppHandler<DataTransferRequest, DataTransferResponse>,
        IOcppHandler<ReserveNowRequest, ReserveNowResponse>,
        IOcppHandler<CancelReservationRequest, CancelReservationResponse>,
        IOcppHandler<TriggerMessageRequest, TriggerMessageResponse>,
        IOcppHandler<UpdateFirmwareRequest, UpdateFirmwareResponse>,
        IOcppHandler<GetLogRequest, GetLogResponse>
    {
        public ValueTask<ChangeAvailabilityResponse> HandleAsync(ChangeAvailabilityRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var outcome = station.ChangeAvailability(request.Evse?.Id is > 0 ? request.Evse.Id : null, request.Evse?.ConnectorId, request.OperationalStatus == OperationalStatusEnumType.Operative);
            return ValueTask.FromResult(new ChangeAvailabilityResponse
            {
                Status = outcome switch
                {
                    AvailabilityOutcome.Accepted => ChangeAvailabilityStatusEnumType.Accepted,
                    AvailabilityOutcome.Scheduled => ChangeAvailabilityStatusEnumType.Scheduled,
                    _ => ChangeAvailabilityStatusEnumType.Rejected,
                },
            });
        }

        public ValueTask<UnlockConnectorResponse> HandleAsync(UnlockConnectorRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);

            // F05.FR.02: a connector with an authorized transaction is not unlocked and the transaction goes on.
            var outcome = station.Unlock(request.EvseId, request.ConnectorId, stopSession: false);
            return ValueTask.FromResult(new UnlockConnectorResponse
            {
                Status = outcome switch
                {
                    UnlockOutcome.Unlocked => UnlockStatusEnumType.Unlocked,
                    UnlockOutcome.UnlockFailed => UnlockStatusEnumType.UnlockFailed,
                    UnlockOutcome.OngoingTransaction => UnlockStatusEnumType.OngoingAuthorizedTransaction,
                    _ => UnlockStatusEnumType.UnknownConnector,
                },
            });
        }

        public ValueTask<DataTransferResponse> HandleAsync(DataTransferRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var text = request.Data is { } data ? (data.ValueKind == JsonValueKind.String ? data.GetString() : data.GetRawText()) : null;
            var (status, answer) = station.DataTransfer(request.VendorId, request.MessageId, text);
            return ValueTask.FromResult(new DataTransferResponse
            {
                Status = status switch
                {
                    "Accepted" => DataTransferStatusEnumType.Accepted,
                    "UnknownMessageId" => DataTransferStatusEnumType.UnknownMessageId,
                    "UnknownVendorId" => DataTransferStatusEnumType.UnknownVendorId,
                    _ => DataTransferStatusEnumType.Rejected,
                },
                Data = status != "UnknownVendorId" && answer is not null ? JsonString(answer) : null,
            });
        }

        public ValueTask<ReserveNowResponse> HandleAsync(ReserveNowRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var outcome = station.Reserve(request.Id, request.EvseId, request.ExpiryDateTime, request.IdToken.IdToken, request.GroupIdToken?.IdToken);
            return ValueTask.FromResult(new ReserveNowResponse
            {
                Status = outcome switch
                {
                    ReservationOutcome.Accepted => ReserveNowStatusEnumType.Accepted,
                    ReservationOutcome.Occupied => ReserveNowStatusEnumType.Occupied,
                    ReservationOutcome.Faulted => ReserveNowStatusEnumType.Faulted,
                    ReservationOutcome.Unavailable => ReserveNowStatusEnumType.Unavailable,
                    _ => ReserveNowStatusEnumType.Rejected,
                },
            });
        }

        public ValueTask<CancelReservationResponse> HandleAsync(CancelReservationRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var found = station.CancelReservation(request.ReservationId);
            return ValueTask.FromResult(new CancelReservationResponse { Status = found ? CancelReservationStatusEnumType.Accepted : CancelReservationStatusEnumType.Rejected });
        }

        public ValueTask<TriggerMessageResponse> HandleAsync(TriggerMessageRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var evseId = request.Evse?.Id;
            bool? accepted = request.RequestedMessage switch
            {
                // F06.FR.17: after an accepted boot, a triggered BootNotification is Rejected.
                MessageTriggerEnumType.BootNotification => station.Registration != RegistrationState.Accepted && Do(station.TriggerBoot),
                MessageTriggerEnumType.Heartbeat => Do(station.TriggerHeartbeat),
                MessageTriggerEnumType.StatusNotification => station.TriggerStatus(evseId, request.Evse?.ConnectorId),
                MessageTriggerEnumType.MeterValues => station.TriggerMeterValues(evseId, transactionEvents: false),
                MessageTriggerEnumType.TransactionEvent => station.TriggerMeterValues(evseId, transactionEvents: true),
                MessageTriggerEnumType.FirmwareStatusNotification => Do(station.TriggerFirmwareStatus),
                MessageTriggerEnumType.LogStatusNotification => Do(() => station.TriggerUploadStatus(log: true)),
                MessageTriggerEnumType.SignChargingStationCertificate => SignCertificate(station, v2g: false),
                MessageTriggerEnumType.SignV2GCertificate => SignCertificate(station, v2g: true),

                // A combined CSR (SignCombinedCertificate) and firmware publishing (a local controller's) are not implemented.
                _ => null,
            };
            var status = accepted switch
            {
                true => TriggerMessageStatusEnumType.Accepted,
                false => TriggerMessageStatusEnumType.Rejected,
                null => TriggerMessageStatusEnumType.NotImplemented,
            };
            station.OnTriggered(request.RequestedMessage.ToString(), status.ToString());
            return ValueTask.FromResult(new TriggerMessageResponse { Status = status });
        }

        public ValueTask<UpdateFirmwareResponse> HandleAsync(UpdateFirmwareRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var cancelled = station.StartFirmwareUpdate(request.RequestId, signed: true, request.Firmware.Location, request.Firmware.RetrieveDateTime);
            return ValueTask.FromResult(new UpdateFirmwareResponse { Status = cancelled ? UpdateFirmwareStatusEnumType.AcceptedCanceled : UpdateFirmwareStatusEnumType.Accepted });
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

        /// <summary>DataTransfer data is any JSON in 2.x: a handler's text answer goes back as a JSON string.</summary>
        private static JsonElement JsonString(string text)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStringValue(text);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.Clone();
        }
    }
}
