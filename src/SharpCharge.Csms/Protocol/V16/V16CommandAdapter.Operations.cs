using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.SmartCharging.V16;
using ProfilePurpose = SharpCharge.Ocpp.SmartCharging.ChargingProfilePurpose;

namespace SharpCharge.Csms.Protocol.V16;

// Commands whose 1.6 message needs more than a field-by-field copy.
internal sealed partial class V16CommandAdapter
{
    private ValueTask<CommandReply> StartAsync(StartCharging start, CommandCall call)
    {
        ChargingProfile? profile = null;
        if (start.ChargingProfile is { } model)
        {
            // §5.11: a RemoteStartTransaction profile must be a TxProfile, without a transaction id.
            if (!V16ChargingProfileMapping.TryToWire(model with { Purpose = ProfilePurpose.TxProfile, TransactionId = null }, out profile))
            {
                return Invalid("charging_profile.kind", $"1.6 has no {model.Kind} profiles.");
            }
        }

        return call.SendAsync(
            new RemoteStartTransactionRequest { ConnectorId = start.EvseId, IdTag = start.IdToken, ChargingProfile = profile },
            r => Answer(r.Status == RemoteStartStopStatus.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> StopAsync(StopCharging stop, CommandCall call)
    {
        if (stop.TransactionId > int.MaxValue)
        {
            return Invalid("transaction_id", $"Transaction {stop.TransactionId} is beyond what 1.6 can carry (an integer).");
        }

        return call.SendAsync(
            new RemoteStopTransactionRequest { TransactionId = (int)stop.TransactionId },
            r => Answer(r.Status == RemoteStartStopStatus.Accepted, r.Status.ToOcppString()));
    }

    /// <summary>Core triggers go as TriggerMessage; the security extension's (e.g. SignChargePointCertificate) as ExtendedTriggerMessage.</summary>
    private static ValueTask<CommandReply> TriggerAsync(TriggerMessage trigger, CommandCall call)
    {
        if (MessageTrigger.TryParseOcpp(trigger.Message, out var core))
        {
            return call.SendAsync(
                new TriggerMessageRequest { RequestedMessage = core, ConnectorId = trigger.EvseId },
                r => Answer(r.Status == TriggerMessageStatus.Accepted, r.Status.ToOcppString()));
        }

        if (MessageTriggerEnumType.TryParseOcpp(trigger.Message, out var extended))
        {
            return call.SendAsync(
                new ExtendedTriggerMessageRequest { RequestedMessage = extended, ConnectorId = trigger.EvseId },
                r => Answer(r.Status == TriggerMessageStatusEnumType.Accepted, r.Status.ToOcppString()));
        }

        return Invalid(
            "requested_message",
            $"'{trigger.Message}' is not a 1.6 trigger. 1.6 triggers: {string.Join(", ", Enum.GetValues<MessageTrigger>().Select(m => m.ToOcppString()))}; " +
            $"security extension: {string.Join(", ", Enum.GetValues<MessageTriggerEnumType>().Select(m => m.ToOcppString()))}.");
    }

    private static ValueTask<CommandReply> UpdateFirmwareAsync(UpdateFirmware firmware, CommandCall call)
    {
        if (!firmware.IsSigned)
        {
            // UpdateFirmware.conf is empty: the charger reports progress with FirmwareStatusNotification.
            return call.SendAsync(
                new UpdateFirmwareRequest
                {
                    Location = firmware.Location,
                    RetrieveDate = firmware.RetrieveAt,
                    Retries = firmware.Retries,
                    RetryInterval = firmware.RetryIntervalSeconds,
                },
                _ => Answer(true, "Accepted"));
        }

        if (firmware.SigningCertificate is null || firmware.Signature is null)
        {
            return Invalid(firmware.Signature is null ? "signature" : "signing_certificate", "A signed firmware update needs both the signing certificate and the signature.");
        }

        return call.SendAsync(
            new SignedUpdateFirmwareRequest
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
            r => Answer(r.Status == UpdateFirmwareStatusEnumType.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> GetLogAsync(GetLog log, CommandCall call)
    {
        if (log.LogType is null)
        {
            return call.SendAsync(
                new GetDiagnosticsRequest
                {
                    Location = log.Location,
                    Retries = log.Retries,
                    RetryInterval = log.RetryIntervalSeconds,
                    StartTime = log.From,
                    StopTime = log.To,
                },
                r => Answer(true, "Accepted", r.FileName is null ? "The charger has no diagnostics to upload." : $"File: {r.FileName}"));
        }

        if (!LogEnumType.TryParseOcpp(log.LogType, out var type))
        {
            return Invalid("log_type", $"'{log.LogType}' is not a log type; use DiagnosticsLog or SecurityLog.");
        }

        return call.SendAsync(
            new GetLogRequest
            {
                LogType = type,
                RequestId = log.RequestId,
                Retries = log.Retries,
                RetryInterval = log.RetryIntervalSeconds,
                Log = new LogParametersType { RemoteLocation = log.Location, OldestTimestamp = log.From, LatestTimestamp = log.To },
            },
            r => Answer(r.Status != LogStatusEnumType.Rejected, r.Status.ToOcppString(), r.Filename is null ? null : $"File: {r.Filename}"));
    }

    private static ValueTask<CommandReply> SendLocalListAsync(SendLocalList list, CommandCall call)
    {
        var entries = new List<AuthorizationData>(list.Entries.Count);
        foreach (var entry in list.Entries)
        {
            IdTagInfo? info = null;
            if (entry.Status is not null)
            {
                if (!AuthorizationStatus.TryParseOcpp(entry.Status, out var status))
                {
                    return Invalid("entries.status", $"'{entry.Status}' is not a 1.6 authorization status (Accepted, Blocked, Expired, Invalid, ConcurrentTx).");
                }

                info = new IdTagInfo { Status = status, ExpiryDate = entry.ExpiresAt, ParentIdTag = entry.GroupIdToken };
            }

            entries.Add(new AuthorizationData { IdTag = entry.IdToken, IdTagInfo = info });
        }

        return call.SendAsync(
            new SendLocalListRequest
            {
                ListVersion = list.Version,
                UpdateType = list.Differential ? UpdateType.Differential : UpdateType.Full,
                LocalAuthorizationList = entries,
            },
            r => Answer(r.Status == UpdateStatus.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> SetProfileAsync(SetChargingProfile set, CommandCall call)
    {
        if (!V16ChargingProfileMapping.TryToWire(set.Profile, out var profile))
        {
            return Invalid("profile", $"1.6 has no {set.Profile.Purpose} or {set.Profile.Kind} profiles, and its transaction ids are integers.");
        }

        return call.SendAsync(
            new SetChargingProfileRequest { ConnectorId = set.EvseId, CsChargingProfiles = profile },
            r => Answer(r.Status == ChargingProfileStatus.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> ClearProfilesAsync(ClearChargingProfile clear, CommandCall call)
    {
        ChargingProfilePurposeType? purpose = null;
        if (clear.Purpose is { } model)
        {
            if (!V16ChargingProfileMapping.TryToWire(model, out var wire))
            {
                return Invalid("purpose", $"1.6 has no {model} profiles.");
            }

            purpose = wire;
        }

        return call.SendAsync(
            new ClearChargingProfileRequest { Id = clear.ProfileId, ConnectorId = clear.EvseId, ChargingProfilePurpose = purpose, StackLevel = clear.StackLevel },
            r => Answer(r.Status == ClearChargingProfileStatus.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> GetCompositeScheduleAsync(GetCompositeSchedule schedule, CommandCall call)
        => call.SendAsync(
            new GetCompositeScheduleRequest
            {
                ConnectorId = schedule.EvseId,
                Duration = schedule.DurationSeconds,
                ChargingRateUnit = schedule.RateUnitAmps switch { true => ChargingRateUnitType.A, false => ChargingRateUnitType.W, null => null },
            },
            r => Answer(
                r.Status == GetCompositeScheduleStatus.Accepted,
                r.Status.ToOcppString(),
                data: r.ChargingSchedule is { } s
                    ? Report(r.ConnectorId ?? schedule.EvseId, r.ScheduleStart, V16ChargingProfileMapping.ToModel(s))
                    : null));

    private static ValueTask<CommandReply> InstallCertificateAsync(InstallCertificate install, CommandCall call)
    {
        if (!CertificateUseEnumType.TryParseOcpp(install.CertificateType, out var use))
        {
            return Invalid("certificate_type", "1.6 installs CentralSystemRootCertificate or ManufacturerRootCertificate.");
        }

        return call.SendAsync(
            new InstallCertificateRequest { CertificateType = use, Certificate = install.Certificate },
            r => Answer(r.Status == InstallCertificateStatusEnumType.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> DeleteCertificateAsync(DeleteCertificate delete, CommandCall call)
    {
        if (!HashAlgorithmEnumType.TryParseOcpp(delete.Certificate.HashAlgorithm, out var algorithm))
        {
            return Invalid("hash_algorithm", "Use SHA256, SHA384 or SHA512.");
        }

        return call.SendAsync(
            new DeleteCertificateRequest
            {
                CertificateHashData = new CertificateHashDataType
                {
                    HashAlgorithm = algorithm,
                    IssuerNameHash = delete.Certificate.IssuerNameHash,
                    IssuerKeyHash = delete.Certificate.IssuerKeyHash,
                    SerialNumber = delete.Certificate.SerialNumber,
                },
            },
            r => Answer(r.Status == DeleteCertificateStatusEnumType.Accepted, r.Status.ToOcppString()));
    }

    private static ValueTask<CommandReply> GetInstalledCertificatesAsync(GetInstalledCertificates installed, CommandCall call)
    {
        // 1.6 asks for exactly one certificate use at a time.
        if (installed.CertificateTypes.Count != 1 || !CertificateUseEnumType.TryParseOcpp(installed.CertificateTypes[0], out var use))
        {
            return Invalid("certificate_type", "1.6 lists one certificate type at a time: CentralSystemRootCertificate or ManufacturerRootCertificate.");
        }

        return call.SendAsync(
            new GetInstalledCertificateIdsRequest { CertificateType = use },
            r => Answer(
                r.Status is GetInstalledCertificateStatusEnumType.Accepted or GetInstalledCertificateStatusEnumType.NotFound,
                r.Status.ToOcppString(),
                data: new InstalledCertificates(
                    [.. (r.CertificateHashData ?? []).Select(h => new CertificateHash(h.HashAlgorithm.ToOcppString(), h.IssuerNameHash, h.IssuerKeyHash, h.SerialNumber) { CertificateType = use.ToOcppString() })])));
    }

    private static ScheduleReport Report(int evseId, DateTimeOffset? scheduleStart, Ocpp.SmartCharging.ChargingSchedule schedule)
        => new(evseId, schedule.StartSchedule ?? scheduleStart, schedule.Duration, schedule.RateUnit, schedule.Periods);
}
