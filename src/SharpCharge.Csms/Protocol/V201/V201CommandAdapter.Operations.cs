using System.Text.Json;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.SmartCharging.V201;
using ProfilePurpose = SharpCharge.Ocpp.SmartCharging.ChargingProfilePurpose;

namespace SharpCharge.Csms.Protocol.V201;

// Commands whose 2.x message needs more than a field-by-field copy.
internal sealed partial class V201CommandAdapter
{
    private static ValueTask<CommandReply> StartAsync(StartCharging start, CommandCall call)
    {
        if (Token(start.IdToken, start.IdTokenType) is not { } token)
        {
            return Invalid("id_token_type", $"'{start.IdTokenType}' is not an idToken type; use one of {TokenTypes}.");
        }

        ChargingProfileType? profile = null;
        // F01.FR.09: the profile sent with a start is a TxProfile without a transaction id.
        if (start.ChargingProfile is { } model
            && !V201ChargingProfileMapping.TryToWire(model with { Purpose = ProfilePurpose.TxProfile, TransactionId = null }, out profile))
        {
            return Invalid("charging_profile.kind", $"This version has no {model.Kind} profiles.");
        }

        return call.SendAsync(
            new RequestStartTransactionRequest
            {
                IdToken = token,
                EvseId = start.EvseId,
                RemoteStartId = start.RemoteStartId,
                ChargingProfile = profile,
            },
            r => Answer(
                r.Status == RequestStartStopStatusEnumType.Accepted,
                r.Status.ToOcppString(),
                r.StatusInfo,
                r.TransactionId is { } running ? new ExistingTransaction(running) : null));
    }

    private static ValueTask<CommandReply> StopAsync(StopCharging stop, CommandCall call)
    {
        if (stop.ChargerTransactionId is null)
        {
            return Invalid("transaction_id", $"Transaction {stop.TransactionId} was not started by this charger over OCPP 2.x.");
        }

        return call.SendAsync(
            new RequestStopTransactionRequest { TransactionId = stop.ChargerTransactionId },
            r => Answer(r.Status == RequestStartStopStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> GetVariablesAsync(GetVariables get, CommandCall call)
    {
        var data = new List<GetVariableDataType>(get.Variables.Count);
        foreach (var variable in get.Variables)
        {
            if (!TryAttribute(variable.AttributeType, out var attribute))
            {
                return Invalid("attribute_type", $"'{variable.AttributeType}' is not an attribute type; use {Names<AttributeEnumType>(a => a.ToOcppString())}.");
            }

            data.Add(new GetVariableDataType { Component = Component(variable), Variable = Variable(variable), AttributeType = attribute });
        }

        return call.SendAsync(
            new GetVariablesRequest { GetVariableData = data },
            r => Answer(true, "Accepted", null, r.GetVariableResult.Select(v => new VariableResult(
                Reference(v.Component, v.Variable, v.AttributeType), v.AttributeStatus.ToOcppString(), v.AttributeValue) { Detail = Detail(v.AttributeStatusInfo) }).ToList()));
    }

    private static ValueTask<CommandReply> SetVariablesAsync(SetVariables set, CommandCall call)
    {
        var data = new List<SetVariableDataType>(set.Values.Count);
        foreach (var value in set.Values)
        {
            if (!TryAttribute(value.Variable.AttributeType, out var attribute))
            {
                return Invalid("attribute_type", $"'{value.Variable.AttributeType}' is not an attribute type; use {Names<AttributeEnumType>(a => a.ToOcppString())}.");
            }

            data.Add(new SetVariableDataType { Component = Component(value.Variable), Variable = Variable(value.Variable), AttributeType = attribute, AttributeValue = value.Value });
        }

        // Accepted only when every variable was set (RebootRequired included); the per-variable statuses say which failed.
        return call.SendAsync(
            new SetVariablesRequest { SetVariableData = data },
            r =>
            {
                var results = r.SetVariableResult.Select(v => new VariableResult(
                    Reference(v.Component, v.Variable, v.AttributeType), v.AttributeStatus.ToOcppString(), null) { Detail = Detail(v.AttributeStatusInfo) }).ToList();
                var all = r.SetVariableResult.All(v => v.AttributeStatus is SetVariableStatusEnumType.Accepted or SetVariableStatusEnumType.RebootRequired);
                return Answer(all, all ? "Accepted" : "Rejected", null, results);
            });
    }

    private static ValueTask<CommandReply> GetReportAsync(GetReport report, CommandCall call)
    {
        if (report.ReportBase is { } name)
        {
            if (!ReportBaseEnumType.TryParseOcpp(name, out var reportBase))
            {
                return Invalid("report_base", $"'{name}' is not a report base; use {Names<ReportBaseEnumType>(b => b.ToOcppString())}.");
            }

            return call.SendAsync(
                new GetBaseReportRequest { RequestId = report.RequestId, ReportBase = reportBase },
                r => Answer(r.Status == GenericDeviceModelStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
        }

        var criteria = new List<ComponentCriterionEnumType>(report.Criteria.Count);
        foreach (var criterion in report.Criteria)
        {
            if (!ComponentCriterionEnumType.TryParseOcpp(criterion, out var parsed))
            {
                return Invalid("criteria", $"'{criterion}' is not a component criterion; use {Names<ComponentCriterionEnumType>(c => c.ToOcppString())}.");
            }

            criteria.Add(parsed);
        }

        return call.SendAsync(
            new GetReportRequest
            {
                RequestId = report.RequestId,
                ComponentCriteria = criteria.Count == 0 ? null : criteria,
                ComponentVariable = report.Variables.Count == 0 ? null : [.. report.Variables.Select(v => new ComponentVariableType { Component = Component(v), Variable = v.Variable.Length == 0 ? null : Variable(v) })],
            },
            r => Answer(r.Status == GenericDeviceModelStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> TriggerAsync(TriggerMessage trigger, CommandCall call)
    {
        if (!MessageTriggerEnumType.TryParseOcpp(trigger.Message, out var message))
        {
            return Invalid("requested_message", $"'{trigger.Message}' is not a trigger of this version; use {Names<MessageTriggerEnumType>(m => m.ToOcppString())}.");
        }

        return call.SendAsync(
            new TriggerMessageRequest
            {
                RequestedMessage = message,
                Evse = trigger.EvseId is { } evse ? new EVSEType { Id = evse, ConnectorId = trigger.ConnectorId } : null,
            },
            r => Answer(r.Status == TriggerMessageStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> GetLogAsync(GetLog log, CommandCall call)
    {
        var type = LogEnumType.DiagnosticsLog;
        if (log.LogType is not null && !LogEnumType.TryParseOcpp(log.LogType, out type))
        {
            return Invalid("log_type", $"'{log.LogType}' is not a log type; use {Names<LogEnumType>(l => l.ToOcppString())}.");
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
            r => Answer(r.Status != LogStatusEnumType.Rejected, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> DataTransferAsync(DataTransfer transfer, CommandCall call)
    {
        JsonElement? data = null;
        if (transfer.DataJson is { } json)
        {
            using var document = JsonDocument.Parse(json);
            data = document.RootElement.Clone();
        }

        return call.SendAsync(
            new DataTransferRequest { VendorId = transfer.VendorId, MessageId = transfer.MessageId, Data = data },
            r => Answer(r.Status == DataTransferStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo, new DataTransferReply(r.Data?.GetRawText())));
    }

    private static ValueTask<CommandReply> ReserveAsync(ReserveNow reserve, CommandCall call)
    {
        if (Token(reserve.IdToken, reserve.IdTokenType) is not { } token)
        {
            return Invalid("id_token_type", $"'{reserve.IdTokenType}' is not an idToken type; use one of {TokenTypes}.");
        }

        return call.SendAsync(
            new ReserveNowRequest
            {
                Id = reserve.ReservationId,
                ExpiryDateTime = reserve.ExpiresAt,
                IdToken = token,
                EvseId = reserve.EvseId is > 0 ? reserve.EvseId : null,
                GroupIdToken = reserve.GroupIdToken is { } group ? Token(group, null) : null,
            },
            r => Answer(r.Status == ReserveNowStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> SendLocalListAsync(SendLocalList list, CommandCall call)
    {
        var entries = new List<AuthorizationData>(list.Entries.Count);
        foreach (var entry in list.Entries)
        {
            if (Token(entry.IdToken, entry.IdTokenType) is not { } token)
            {
                return Invalid("entries.id_token_type", $"'{entry.IdTokenType}' is not an idToken type; use one of {TokenTypes}.");
            }

            IdTokenInfoType? info = null;
            if (entry.Status is not null)
            {
                if (!AuthorizationStatusEnumType.TryParseOcpp(entry.Status, out var status))
                {
                    return Invalid("entries.status", $"'{entry.Status}' is not an authorization status; use {Names<AuthorizationStatusEnumType>(s => s.ToOcppString())}.");
                }

                info = new IdTokenInfoType
                {
                    Status = status,
                    CacheExpiryDateTime = entry.ExpiresAt,
                    GroupIdToken = entry.GroupIdToken is { } group ? Token(group, null) : null,
                };
            }

            entries.Add(new AuthorizationData { IdToken = token, IdTokenInfo = info });
        }

        return call.SendAsync(
            new SendLocalListRequest
            {
                VersionNumber = list.Version,
                UpdateType = list.Differential ? UpdateEnumType.Differential : UpdateEnumType.Full,
                LocalAuthorizationList = entries.Count == 0 ? null : entries,
            },
            r => Answer(r.Status == SendLocalListStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> SetProfileAsync(SetChargingProfile set, CommandCall call)
    {
        if (!V201ChargingProfileMapping.TryToWire(set.Profile, out var profile))
        {
            return Invalid("profile", $"This version has no {set.Profile.Purpose} or {set.Profile.Kind} profiles.");
        }

        return call.SendAsync(
            new SetChargingProfileRequest { EvseId = set.EvseId, ChargingProfile = profile },
            r => Answer(r.Status == ChargingProfileStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> ClearProfilesAsync(ClearChargingProfile clear, CommandCall call)
    {
        ChargingProfilePurposeEnumType? purpose = null;
        if (clear.Purpose is { } model)
        {
            if (!V201ChargingProfileMapping.TryToWire(model, out var wire))
            {
                return Invalid("purpose", $"This version has no {model} profiles.");
            }

            purpose = wire;
        }

        return call.SendAsync(
            new ClearChargingProfileRequest
            {
                ChargingProfileId = clear.ProfileId,
                ChargingProfileCriteria = clear.EvseId is null && purpose is null && clear.StackLevel is null
                    ? null
                    : new ClearChargingProfileType { EvseId = clear.EvseId, ChargingProfilePurpose = purpose, StackLevel = clear.StackLevel },
            },
            r => Answer(r.Status == ClearChargingProfileStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> GetCompositeScheduleAsync(GetCompositeSchedule schedule, CommandCall call)
        => call.SendAsync(
            new GetCompositeScheduleRequest
            {
                EvseId = schedule.EvseId,
                Duration = schedule.DurationSeconds,
                ChargingRateUnit = schedule.RateUnitAmps switch { true => ChargingRateUnitEnumType.A, false => ChargingRateUnitEnumType.W, null => null },
            },
            r => Answer(
                r.Status == GenericStatusEnumType.Accepted,
                r.Status.ToOcppString(),
                r.StatusInfo,
                r.Schedule is { } s
                    ? new ScheduleReport(
                        s.EvseId,
                        s.ScheduleStart,
                        s.Duration,
                        V201ChargingProfileMapping.ToModel(s.ChargingRateUnit),
                        [.. s.ChargingSchedulePeriod.Select(p => new Ocpp.SmartCharging.ChargingSchedulePeriod(p.StartPeriod, p.Limit, p.NumberPhases, p.PhaseToUse))])
                    : null));

    private static ValueTask<CommandReply> SetDisplayMessageAsync(SetDisplayMessage display, CommandCall call)
    {
        if (!MessagePriorityEnumType.TryParseOcpp(display.Priority, out var priority))
        {
            return Invalid("priority", $"'{display.Priority}' is not a message priority; use {Names<MessagePriorityEnumType>(p => p.ToOcppString())}.");
        }

        if (!MessageFormatEnumType.TryParseOcpp(display.Format, out var format))
        {
            return Invalid("format", $"'{display.Format}' is not a message format; use {Names<MessageFormatEnumType>(f => f.ToOcppString())}.");
        }

        MessageStateEnumType? state = null;
        if (display.State is not null)
        {
            if (!MessageStateEnumType.TryParseOcpp(display.State, out var parsed))
            {
                return Invalid("state", $"'{display.State}' is not a message state; use {Names<MessageStateEnumType>(s => s.ToOcppString())}.");
            }

            state = parsed;
        }

        return call.SendAsync(
            new SetDisplayMessageRequest
            {
                Message = new MessageInfoType
                {
                    Id = display.Id,
                    Priority = priority,
                    State = state,
                    StartDateTime = display.StartAt,
                    EndDateTime = display.EndAt,
                    TransactionId = display.TransactionId,
                    Message = new MessageContentType { Format = format, Language = display.Language, Content = display.Text },
                },
            },
            r => Answer(r.Status == DisplayMessageStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> GetDisplayMessagesAsync(GetDisplayMessages get, CommandCall call)
    {
        MessagePriorityEnumType? priority = null;
        if (get.Priority is not null)
        {
            if (!MessagePriorityEnumType.TryParseOcpp(get.Priority, out var parsed))
            {
                return Invalid("priority", $"'{get.Priority}' is not a message priority; use {Names<MessagePriorityEnumType>(p => p.ToOcppString())}.");
            }

            priority = parsed;
        }

        MessageStateEnumType? state = null;
        if (get.State is not null)
        {
            if (!MessageStateEnumType.TryParseOcpp(get.State, out var parsed))
            {
                return Invalid("state", $"'{get.State}' is not a message state; use {Names<MessageStateEnumType>(s => s.ToOcppString())}.");
            }

            state = parsed;
        }

        // Unknown means the charger has no matching message (O04.FR.xx): an answer, not a failure.
        return call.SendAsync(
            new GetDisplayMessagesRequest { RequestId = get.RequestId, Id = get.Ids.Count == 0 ? null : [.. get.Ids], Priority = priority, State = state },
            r => Answer(r.Status == GetDisplayMessagesStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> InstallCertificateAsync(InstallCertificate install, CommandCall call)
    {
        if (!InstallCertificateUseEnumType.TryParseOcpp(install.CertificateType, out var use))
        {
            return Invalid("certificate_type", $"'{install.CertificateType}' is not a certificate use; use {Names<InstallCertificateUseEnumType>(u => u.ToOcppString())}.");
        }

        return call.SendAsync(
            new InstallCertificateRequest { CertificateType = use, Certificate = install.Certificate },
            r => Answer(r.Status == InstallCertificateStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> DeleteCertificateAsync(DeleteCertificate delete, CommandCall call)
    {
        if (!HashAlgorithmEnumType.TryParseOcpp(delete.Certificate.HashAlgorithm, out var algorithm))
        {
            return Invalid("hash_algorithm", $"Use {Names<HashAlgorithmEnumType>(h => h.ToOcppString())}.");
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
            r => Answer(r.Status == DeleteCertificateStatusEnumType.Accepted, r.Status.ToOcppString(), r.StatusInfo));
    }

    private static ValueTask<CommandReply> GetInstalledCertificatesAsync(GetInstalledCertificates installed, CommandCall call)
    {
        var uses = new List<GetCertificateIdUseEnumType>(installed.CertificateTypes.Count);
        foreach (var type in installed.CertificateTypes)
        {
            if (!GetCertificateIdUseEnumType.TryParseOcpp(type, out var use))
            {
                return Invalid("certificate_type", $"'{type}' is not a certificate use; use {Names<GetCertificateIdUseEnumType>(u => u.ToOcppString())}.");
            }

            uses.Add(use);
        }

        return call.SendAsync(
            new GetInstalledCertificateIdsRequest { CertificateType = uses.Count == 0 ? null : uses },
            r => Answer(
                true,
                r.Status.ToOcppString(),
                r.StatusInfo,
                new InstalledCertificates([.. (r.CertificateHashDataChain ?? []).Select(c => new CertificateHash(
                    c.CertificateHashData.HashAlgorithm.ToOcppString(), c.CertificateHashData.IssuerNameHash, c.CertificateHashData.IssuerKeyHash, c.CertificateHashData.SerialNumber)
                {
                    CertificateType = c.CertificateType.ToOcppString(),
                })])));
    }

    private static bool TryAttribute(string? name, out AttributeEnumType? attribute)
    {
        attribute = null;
        if (name is null)
        {
            return true;
        }

        if (!AttributeEnumType.TryParseOcpp(name, out var parsed))
        {
            return false;
        }

        attribute = parsed;
        return true;
    }

    private static ComponentType Component(VariableReference v) => new()
    {
        Name = v.Component,
        Instance = v.ComponentInstance,
        Evse = v.EvseId is { } evse ? new EVSEType { Id = evse, ConnectorId = v.ConnectorId } : null,
    };

    private static VariableType Variable(VariableReference v) => new() { Name = v.Variable, Instance = v.VariableInstance };

    private static VariableReference Reference(ComponentType component, VariableType variable, AttributeEnumType? attribute) => new(component.Name, variable.Name)
    {
        ComponentInstance = component.Instance,
        VariableInstance = variable.Instance,
        EvseId = component.Evse?.Id,
        ConnectorId = component.Evse?.ConnectorId,
        AttributeType = attribute?.ToOcppString(),
    };
}
