using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// Who sends the CALL of each action. The schemas do not say; the specifications do:
/// OCPP 1.6 edition 2 §4 "Operations initiated by Charge Point" and §5 "Operations initiated by Central System";
/// the 1.6 security white paper edition 3 use cases A01-A05, M03-M05, N01, L01 and the trigger table;
/// OCPP 2.0.1 and 2.1 Part 2 "Messages, Datatypes &amp; Enumerations", where each request is "sent by the Charging
/// Station to the CSMS" or the reverse, and the use cases that introduce the 2.1 messages.
/// DataTransfer may be sent by either side in every version.
/// </summary>
internal static class DirectionTable
{
    private static readonly string[] V16ChargerToCsms =
    [
        "Authorize", "BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
        "MeterValues", "StartTransaction", "StatusNotification", "StopTransaction",

        // Security white paper
        "LogStatusNotification", "SecurityEventNotification", "SignCertificate", "SignedFirmwareStatusNotification",
    ];

    private static readonly string[] V16CsmsToCharger =
    [
        "CancelReservation", "ChangeAvailability", "ChangeConfiguration", "ClearCache", "ClearChargingProfile",
        "GetCompositeSchedule", "GetConfiguration", "GetDiagnostics", "GetLocalListVersion", "RemoteStartTransaction",
        "RemoteStopTransaction", "ReserveNow", "Reset", "SendLocalList", "SetChargingProfile", "TriggerMessage",
        "UnlockConnector", "UpdateFirmware",

        // Security white paper
        "CertificateSigned", "DeleteCertificate", "ExtendedTriggerMessage", "GetInstalledCertificateIds", "GetLog",
        "InstallCertificate", "SignedUpdateFirmware",
    ];

    private static readonly string[] V201ChargerToCsms =
    [
        "Authorize", "BootNotification", "ClearedChargingLimit", "FirmwareStatusNotification", "Get15118EVCertificate",
        "GetCertificateStatus", "Heartbeat", "LogStatusNotification", "MeterValues", "NotifyChargingLimit",
        "NotifyCustomerInformation", "NotifyDisplayMessages", "NotifyEVChargingNeeds", "NotifyEVChargingSchedule",
        "NotifyEvent", "NotifyMonitoringReport", "NotifyReport", "PublishFirmwareStatusNotification",
        "ReportChargingProfiles", "ReservationStatusUpdate", "SecurityEventNotification", "SignCertificate",
        "StatusNotification", "TransactionEvent",
    ];

    private static readonly string[] V201CsmsToCharger =
    [
        "CancelReservation", "CertificateSigned", "ChangeAvailability", "ClearCache", "ClearChargingProfile",
        "ClearDisplayMessage", "ClearVariableMonitoring", "CostUpdated", "CustomerInformation", "DeleteCertificate",
        "GetBaseReport", "GetChargingProfiles", "GetCompositeSchedule", "GetDisplayMessages", "GetInstalledCertificateIds",
        "GetLocalListVersion", "GetLog", "GetMonitoringReport", "GetReport", "GetTransactionStatus", "GetVariables",
        "InstallCertificate", "PublishFirmware", "RequestStartTransaction", "RequestStopTransaction", "ReserveNow",
        "Reset", "SendLocalList", "SetChargingProfile", "SetDisplayMessage", "SetMonitoringBase", "SetMonitoringLevel",
        "SetNetworkProfile", "SetVariableMonitoring", "SetVariables", "TriggerMessage", "UnlockConnector",
        "UnpublishFirmware", "UpdateFirmware",
    ];

    // 2.1 keeps every 2.0.1 action (Part 0 "New functionality") and adds these.
    private static readonly string[] V21AddedChargerToCsms =
    [
        "BatterySwap", "ClosePeriodicEventStream", "GetCertificateChainStatus", "NotifyDERAlarm", "NotifyDERStartStop",
        "NotifyPeriodicEventStream", "NotifyPriorityCharging", "NotifySettlement", "OpenPeriodicEventStream",
        "PullDynamicScheduleUpdate", "ReportDERControl", "VatNumberValidation",
    ];

    private static readonly string[] V21AddedCsmsToCharger =
    [
        "AFRRSignal", "AdjustPeriodicEventStream", "ChangeTransactionTariff", "ClearDERControl", "ClearTariffs",
        "GetDERControl", "GetPeriodicEventStream", "GetTariffs", "NotifyAllowedEnergyTransfer", "NotifyWebPaymentStarted",
        "RequestBatterySwap", "SetDERControl", "SetDefaultTariff", "UpdateDynamicSchedule", "UsePriorityCharging",
    ];

    /// <summary>The table of one version.</summary>
    public static ActionTable For(OcppSchemaVersion version) => version.Id switch
    {
        "V16" => Build(V16ChargerToCsms, V16CsmsToCharger, sendOnly: []),
        "V201" => Build(V201ChargerToCsms, V201CsmsToCharger, sendOnly: []),
        "V21" => Build([.. V201ChargerToCsms, .. V21AddedChargerToCsms], [.. V201CsmsToCharger, .. V21AddedCsmsToCharger],
            sendOnly: ["NotifyPeriodicEventStream"]),
        _ => throw new SchemaGenException($"No direction table for {version.Id}."),
    };

    private static ActionTable Build(string[] chargerToCsms, string[] csmsToCharger, string[] sendOnly)
    {
        var directions = new Dictionary<string, ActionDirection>(StringComparer.Ordinal) { ["DataTransfer"] = ActionDirection.Both };
        foreach (var name in chargerToCsms)
        {
            Add(directions, name, ActionDirection.ChargerToCsms);
        }

        foreach (var name in csmsToCharger)
        {
            Add(directions, name, ActionDirection.CsmsToCharger);
        }

        return new ActionTable(directions, new HashSet<string>(sendOnly, StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, ActionDirection> directions, string name, ActionDirection direction)
    {
        if (!directions.TryAdd(name, direction))
        {
            throw new SchemaGenException($"{nameof(DirectionTable)} lists {name} twice.");
        }
    }
}
