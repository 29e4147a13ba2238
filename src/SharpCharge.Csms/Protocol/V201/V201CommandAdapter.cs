using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Csms.Protocol.V201;

/// <summary>
/// Commands to OCPP 2.0.1 charging stations. The 2.1 adapter is derived from these files at build time
/// (build/DeriveVersionSources.targets); what differs lives in *.V201Only.cs and Protocol/V21. Split by concern.
/// </summary>
internal sealed partial class V201CommandAdapter : ICommandAdapter
{
    public ValueTask<CommandReply> SendAsync(ChargerCommand command, CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(call);
        return command switch
        {
            StartCharging start => StartAsync(start, call),
            StopCharging stop => StopAsync(stop, call),
            ResetCharger reset => call.SendAsync(
                new ResetRequest { Type = reset.Kind is ResetKind.Hard or ResetKind.Immediate ? ResetEnumType.Immediate : ResetEnumType.OnIdle, EvseId = reset.EvseId },
                r => Answer(r.Status != ResetStatusEnumType.Rejected, r.Status.ToOcppString(), r.StatusInfo)),
            UnlockConnector unlock => call.SendAsync(
                new UnlockConnectorRequest { EvseId = unlock.EvseId, ConnectorId = unlock.ConnectorId },
                r => Answer(r.Status == UnlockStatusEnumType.Unlocked, r.Status.ToOcppString(), r.StatusInfo)),
            ChangeAvailability availability => call.SendAsync(
                new ChangeAvailabilityRequest
                {
                    OperationalStatus = availability.Operative ? OperationalStatusEnumType.Operative : OperationalStatusEnumType.Inoperative,
                    Evse = availability.EvseId is { } evse and > 0 ? new EVSEType { Id = evse, ConnectorId = availability.ConnectorId } : null,
                },
                r => Answer(r.Status != ChangeAvailabilityStatusEnumType.Rejected, r.Status.ToOcppString(), r.StatusInfo)),
            GetVariables get => GetVariablesAsync(get, call),
            SetVariables set => SetVariablesAsync(set, call),
            GetReport report => GetReportAsync(report, call),
            TriggerMessage trigger => TriggerAsync(trigger, call),
            UpdateFirmware firmware => call.SendAsync(
                new UpdateFirmwareRequest
                {
                    RequestId = firmware.RequestId,
                    Retries = firmware.Retries,
                    RetryInterval = firmware.RetryIntervalSeconds,
                    Firmware = new FirmwareType
                    {
                        Location = firmware.Location,
                        RetrieveDateTime = firmware.RetrieveAt,
                        InstallDateTime = firmware.InstallAt,
                        SigningCertificate = firmware.SigningCertificate,
                        Signature = firmware.Signature,
                    },
                },
                r => Answer(r.Status is UpdateFirmwareStatusEnumType.Accepted or UpdateFirmwareStatusEnumType.AcceptedCanceled, r.Status.ToOcppString(), r.StatusInfo)),
            GetLog log => GetLogAsync(log, call),
            ClearCache => call.SendAsync(new ClearCacheRequest(), r => Answer(r.Status == ClearCacheStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo)),
            DataTransfer transfer => DataTransferAsync(transfer, call),
            ReserveNow reserve => ReserveAsync(reserve, call),
            CancelReservation cancel => call.SendAsync(
                new CancelReservationRequest { ReservationId = cancel.ReservationId },
                r => Answer(r.Status == CancelReservationStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo)),
            SendLocalList list => SendLocalListAsync(list, call),
            GetLocalListVersion => call.SendAsync(new GetLocalListVersionRequest(), r => Answer(true, "Accepted", null, new LocalListVersion(r.VersionNumber))),
            SetChargingProfile set => SetProfileAsync(set, call),
            SetPowerLimit limit => SetProfileAsync(limit.ToProfile(), call),
            ClearChargingProfile clear => ClearProfilesAsync(clear, call),
            GetCompositeSchedule schedule => GetCompositeScheduleAsync(schedule, call),
            GetChargingProfiles profiles => call.SendAsync(
                new GetChargingProfilesRequest
                {
                    RequestId = profiles.RequestId,
                    EvseId = profiles.EvseId,
                    ChargingProfile = new ChargingProfileCriterionType { ChargingLimitSource = AllLimitSources },
                },
                r => Answer(r.Status == GetChargingProfileStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo)),
            SetDisplayMessage display => SetDisplayMessageAsync(display, call),
            GetDisplayMessages get => GetDisplayMessagesAsync(get, call),
            ClearDisplayMessage clear => call.SendAsync(
                new ClearDisplayMessageRequest { Id = clear.Id },
                r => Answer(r.Status == ClearMessageStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo)),
            CostUpdated cost => call.SendAsync(
                new CostUpdatedRequest { TotalCost = cost.TotalCost, TransactionId = cost.ChargerTransactionId },
                _ => Answer(true, "Accepted", null)),
            ChangeChargerPassword change => ChangePasswordAsync(change, call),
            InstallCertificate install => InstallCertificateAsync(install, call),
            DeleteCertificate delete => DeleteCertificateAsync(delete, call),
            GetInstalledCertificates installed => GetInstalledCertificatesAsync(installed, call),
            CertificateSigned signed => call.SendAsync(
                new CertificateSignedRequest
                {
                    CertificateChain = signed.CertificateChain,
                    // A02.FR.14: the type the charger asked for, when it named one.
                    CertificateType = CertificateSigningUseEnumType.TryParseOcpp(signed.CertificateType, out var use) ? use : null,
                },
                r => Answer(r.Status == CertificateSignedStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo)),
            GetConfiguration or ChangeConfiguration => Unsupported(
                $"{command.Name} is an OCPP 1.6 command; this charger speaks OCPP 2.x: use GetVariables / SetVariables."),
            _ => Unsupported($"{command.Name} has no OCPP 2.x message."),
        };
    }

    private static CommandReply Answer(bool accepted, string status, StatusInfoType? info, object? data = null)
        => CommandReply.Answered(accepted, status, Detail(info), data);

    private static string? Detail(StatusInfoType? info)
        => info is null ? null : info.AdditionalInfo is null ? info.ReasonCode : $"{info.ReasonCode}: {info.AdditionalInfo}";

    private static ValueTask<CommandReply> Unsupported(string detail) => ValueTask.FromResult(CommandReply.Unsupported(detail));

    private static ValueTask<CommandReply> Invalid(string field, string detail) => ValueTask.FromResult(CommandReply.Invalid(field, detail));

    private static string Names<TEnum>(Func<TEnum, string> spell)
        where TEnum : struct, Enum
        => string.Join(", ", Enum.GetValues<TEnum>().Select(spell));
}
