using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V16;

namespace SharpCharge.Csms.Protocol.V16;

/// <summary>
/// Commands to OCPP 1.6 chargers (core profiles and the security extension). 1.6 has no EVSEs: the neutral EVSE N
/// is the 1.6 connector N, and "no EVSE" is connector 0 (the whole charger). Split by concern into partial files.
/// </summary>
internal sealed partial class V16CommandAdapter : ICommandAdapter
{
    private const string Only2x = "is an OCPP 2.0.1/2.1 command; this charger speaks OCPP 1.6";

    public ValueTask<CommandReply> SendAsync(ChargerCommand command, CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(call);
        return command switch
        {
            StartCharging start => StartAsync(start, call),
            StopCharging stop => StopAsync(stop, call),
            ResetCharger reset => call.SendAsync(
                new ResetRequest { Type = reset.Kind is ResetKind.Hard or ResetKind.Immediate ? ResetType.Hard : ResetType.Soft },
                r => Answer(r.Status == ResetStatus.Accepted, r.Status.ToOcppString())),
            UnlockConnector unlock => call.SendAsync(
                new UnlockConnectorRequest { ConnectorId = unlock.EvseId },
                r => Answer(r.Status == UnlockStatus.Unlocked, r.Status.ToOcppString())),
            ChangeAvailability availability => call.SendAsync(
                new ChangeAvailabilityRequest { ConnectorId = availability.EvseId ?? 0, Type = availability.Operative ? AvailabilityType.Operative : AvailabilityType.Inoperative },
                r => Answer(r.Status != AvailabilityStatus.Rejected, r.Status.ToOcppString())),
            GetConfiguration get => call.SendAsync(
                new GetConfigurationRequest { Key = get.Keys.Count == 0 ? null : get.Keys },
                r => Answer(true, "Accepted", data: new ConfigurationReport(
                    [.. (r.ConfigurationKey ?? []).Select(k => new ConfigurationValue(k.Key, k.Value, k.Readonly))], r.UnknownKey ?? []))),
            ChangeConfiguration change => call.SendAsync(
                new ChangeConfigurationRequest { Key = change.Key, Value = change.Value },
                r => Answer(r.Status is ConfigurationStatus.Accepted or ConfigurationStatus.RebootRequired, r.Status.ToOcppString())),
            ChangeChargerPassword change => ChangePasswordAsync(change, call),
            TriggerMessage trigger => TriggerAsync(trigger, call),
            UpdateFirmware firmware => UpdateFirmwareAsync(firmware, call),
            GetLog log => GetLogAsync(log, call),
            ClearCache => call.SendAsync(new ClearCacheRequest(), r => Answer(r.Status == ClearCacheStatus.Accepted, r.Status.ToOcppString())),
            DataTransfer transfer => call.SendAsync(
                new DataTransferRequest { VendorId = transfer.VendorId, MessageId = transfer.MessageId, Data = DataText(transfer.DataJson) },
                r => Answer(r.Status == DataTransferStatus.Accepted, r.Status.ToOcppString(), data: new DataTransferReply(r.Data is null ? null : $"\"{System.Text.Json.JsonEncodedText.Encode(r.Data)}\""))),
            ReserveNow reserve => call.SendAsync(
                new ReserveNowRequest
                {
                    ConnectorId = reserve.EvseId ?? 0,
                    ExpiryDate = reserve.ExpiresAt,
                    IdTag = reserve.IdToken,
                    ParentIdTag = reserve.GroupIdToken,
                    ReservationId = reserve.ReservationId,
                },
                r => Answer(r.Status == ReservationStatus.Accepted, r.Status.ToOcppString())),
            CancelReservation cancel => call.SendAsync(
                new CancelReservationRequest { ReservationId = cancel.ReservationId },
                r => Answer(r.Status == CancelReservationStatus.Accepted, r.Status.ToOcppString())),
            SendLocalList list => SendLocalListAsync(list, call),
            GetLocalListVersion => call.SendAsync(
                new GetLocalListVersionRequest(),
                r => Answer(true, "Accepted", data: new LocalListVersion(r.ListVersion))),
            SetChargingProfile set => SetProfileAsync(set, call),
            SetPowerLimit limit => SetProfileAsync(limit.ToProfile(), call),
            ClearChargingProfile clear => ClearProfilesAsync(clear, call),
            GetCompositeSchedule schedule => GetCompositeScheduleAsync(schedule, call),
            InstallCertificate install => InstallCertificateAsync(install, call),
            DeleteCertificate delete => DeleteCertificateAsync(delete, call),
            GetInstalledCertificates installed => GetInstalledCertificatesAsync(installed, call),
            CertificateSigned signed => call.SendAsync(
                new CertificateSignedRequest { CertificateChain = signed.CertificateChain },
                r => Answer(r.Status == CertificateSignedStatusEnumType.Accepted, r.Status.ToOcppString())),
            GetVariables or SetVariables => Unsupported($"{command.Name} {Only2x}: use GetConfiguration / ChangeConfiguration."),
            GetReport or SetDisplayMessage or GetDisplayMessages or ClearDisplayMessage or CostUpdated => Unsupported($"{command.Name} {Only2x}."),
            _ => Unsupported($"{command.Name} has no OCPP 1.6 message."),
        };
    }

    private static CommandReply Answer(bool accepted, string status, string? detail = null, object? data = null)
        => CommandReply.Answered(accepted, status, detail, data);

    private static ValueTask<CommandReply> Unsupported(string detail) => ValueTask.FromResult(CommandReply.Unsupported(detail));

    private static ValueTask<CommandReply> Invalid(string field, string detail) => ValueTask.FromResult(CommandReply.Invalid(field, detail));

    /// <summary>1.6 data is a string: a JSON string is sent as its value, any other JSON as its text.</summary>
    private static string? DataText(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.String ? document.RootElement.GetString() : json;
    }
}
