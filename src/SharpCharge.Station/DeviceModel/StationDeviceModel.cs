using System.Globalization;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.Model;

namespace SharpCharge.Station.DeviceModel;

/// <summary>
/// The station's 2.x device model (OCPP-NOTES §5.2, §5.4): the standard controllers with the variables a station
/// must expose, each backed by a setting or by live state, and the ChargingStation, EVSE and Connector components.
/// Built once; the values are read when asked.
/// </summary>
internal sealed class StationDeviceModel
{
    private StationDeviceModel(IReadOnlyList<DeviceVariable> variables) => Variables = variables;

    public IReadOnlyList<DeviceVariable> Variables { get; }

    /// <summary>Finds the attribute, or says which part of the name is unknown (GetVariables/SetVariables statuses).</summary>
    public (VariableLookup Lookup, DeviceVariable? Variable, DeviceAttribute? Attribute) Find(
        string component, string? componentInstance, int? evseId, int? connectorId, string variable, string? variableInstance, AttributeKind kind)
    {
        var ofComponent = Variables.Where(v => v.IsComponent(component, componentInstance, evseId, connectorId)).ToArray();
        if (ofComponent.Length == 0)
        {
            return (VariableLookup.UnknownComponent, null, null);
        }

        // An item without an instance matches the instance-less variable only (OCPP-NOTES §5.3).
        var found = ofComponent.FirstOrDefault(v => string.Equals(v.Variable, variable, StringComparison.Ordinal) && v.VariableInstance == variableInstance);
        if (found is null)
        {
            return (VariableLookup.UnknownVariable, null, null);
        }

        return found.AttributeOf(kind) is { } attribute ? (VariableLookup.Found, found, attribute) : (VariableLookup.NotSupportedAttributeType, found, null);
    }

    public static StationDeviceModel Create(ChargingStationOptions options, StationSettings settings, IDeviceState state)
    {
        var v = new List<DeviceVariable>();
        var text = static (int n) => n.ToString(CultureInfo.InvariantCulture);

        void Add(string component, string variable, Setting setting, string? instance = null, string? unit = null)
        {
            var definition = SettingDefinitions.Of(setting);
            var mutability = definition.WriteOnly ? VariableMutability.WriteOnly : definition.ReadOnly ? VariableMutability.ReadOnly : VariableMutability.ReadWrite;
            var (type, values) = definition.Type switch
            {
                SettingType.Integer => (VariableDataType.Integer, null),
                SettingType.Boolean => (VariableDataType.Boolean, null),
                SettingType.MeasurandList => (VariableDataType.MemberList, string.Join(',', Measurands.For(options.Version))),
                SettingType.MemberList => (VariableDataType.MemberList, string.Join(',', definition.Values)),
                _ => (VariableDataType.String, (string?)null),
            };
            var attribute = new DeviceAttribute(AttributeKind.Actual, mutability, () => definition.WriteOnly ? string.Empty : settings.Get(setting), value => settings.TrySet(setting, value)) { Persistent = true };
            v.Add(new DeviceVariable(component, variable, type, [attribute])
            {
                VariableInstance = instance,
                Unit = unit,
                MinLimit = definition.Type == SettingType.Integer ? definition.Min : null,
                MaxLimit = definition.Type == SettingType.Integer && definition.Max != int.MaxValue ? definition.Max : definition.Type == SettingType.Text ? 500 : null,
                ValuesList = values,
            });
        }

        void Fixed(string component, string variable, VariableDataType type, Func<string> read, int? evseId = null, int? connectorId = null, string? instance = null, string? unit = null, string? valuesList = null, bool constant = true)
            => v.Add(new DeviceVariable(component, variable, type, [new DeviceAttribute(AttributeKind.Actual, VariableMutability.ReadOnly, read) { Constant = constant }])
            {
                EvseId = evseId,
                ConnectorId = connectorId,
                VariableInstance = instance,
                Unit = unit,
                ValuesList = valuesList,
            });

        const string OcppComm = "OCPPCommCtrlr";
        Add(OcppComm, "HeartbeatInterval", Setting.HeartbeatInterval, unit: "s");
        Add(OcppComm, "MessageTimeout", Setting.MessageTimeout, "Default", "s");
        Add(OcppComm, "MessageAttempts", Setting.TransactionMessageAttempts, "TransactionEvent");
        Add(OcppComm, "MessageAttemptInterval", Setting.TransactionMessageRetryInterval, "TransactionEvent", "s");
        Add(OcppComm, "WebSocketPingInterval", Setting.WebSocketPingInterval, unit: "s");
        Add(OcppComm, "ResetRetries", Setting.ResetRetries);
        Add(OcppComm, "FileTransferProtocols", Setting.FileTransferProtocols);
        Add(OcppComm, "UnlockOnEVSideDisconnect", Setting.UnlockOnEVSideDisconnect);
        Fixed(OcppComm, "NetworkConfigurationPriority", VariableDataType.SequenceList, () => "1");
        Fixed(OcppComm, "NetworkProfileConnectionAttempts", VariableDataType.Integer, () => "1");
        Fixed(OcppComm, "OfflineThreshold", VariableDataType.Integer, () => "0", unit: "s");
        Fixed(OcppComm, "RetryBackOffWaitMinimum", VariableDataType.Integer, () => text((int)options.Reconnect.MinimumWait.TotalSeconds), unit: "s");
        Fixed(OcppComm, "RetryBackOffRandomRange", VariableDataType.Integer, () => text((int)options.Reconnect.RandomRange.TotalSeconds), unit: "s");
        Fixed(OcppComm, "RetryBackOffRepeatTimes", VariableDataType.Integer, () => text(options.Reconnect.RepeatTimes));

        foreach (var instance in new[] { "GetReport", "GetVariables", "SetVariables" })
        {
            Add("DeviceDataCtrlr", "ItemsPerMessage", Setting.ItemsPerMessage, instance);
            Add("DeviceDataCtrlr", "BytesPerMessage", Setting.BytesPerMessage, instance);
        }

        Fixed("ClockCtrlr", "DateTime", VariableDataType.DateTime, () => state.Now.ToString("O", CultureInfo.InvariantCulture), constant: false);
        Fixed("ClockCtrlr", "TimeSource", VariableDataType.SequenceList, () => "Heartbeat", valuesList: "Heartbeat,NTP,GPS,RealTimeClock,MobileNetwork,RadioTimeTransmitter");

        Add("SecurityCtrlr", "OrganizationName", Setting.OrganizationName);
        Add("SecurityCtrlr", "SecurityProfile", Setting.SecurityProfile);
        Add("SecurityCtrlr", "BasicAuthPassword", Setting.BasicAuthPassword);
        Fixed("SecurityCtrlr", "CertificateEntries", VariableDataType.Integer, () => text(state.CertificateEntries), constant: false);
        Fixed("SecurityCtrlr", "Identity", VariableDataType.String, () => options.Id);

        Add("AuthCtrlr", "Enabled", Setting.AuthEnabled);
        Add("AuthCtrlr", "AuthorizeRemoteStart", Setting.AuthorizeRemoteStart);
        Add("AuthCtrlr", "LocalAuthorizeOffline", Setting.LocalAuthorizeOffline);
        Add("AuthCtrlr", "LocalPreAuthorize", Setting.LocalPreAuthorize);
        Add("AuthCtrlr", "OfflineTxForUnknownIdEnabled", Setting.AllowOfflineTxForUnknownId);
        Add("AuthCacheCtrlr", "Enabled", Setting.AuthCacheEnabled);
        Fixed("AuthCacheCtrlr", "Available", VariableDataType.Boolean, () => "true");
        Add("LocalAuthListCtrlr", "Enabled", Setting.LocalAuthListEnabled);
        Fixed("LocalAuthListCtrlr", "Available", VariableDataType.Boolean, () => "true");
        Fixed("LocalAuthListCtrlr", "Entries", VariableDataType.Integer, () => text(state.LocalListEntries), constant: false);
        Add("LocalAuthListCtrlr", "ItemsPerMessage", Setting.SendLocalListMaxLength);
        Add("LocalAuthListCtrlr", "BytesPerMessage", Setting.BytesPerMessage);

        Add("TxCtrlr", "EVConnectionTimeOut", Setting.ConnectionTimeOut, unit: "s");
        Add("TxCtrlr", "StopTxOnEVSideDisconnect", Setting.StopTxOnEVSideDisconnect);
        Add("TxCtrlr", "StopTxOnInvalidId", Setting.StopTxOnInvalidId);
        Fixed("TxCtrlr", "TxStartPoint", VariableDataType.MemberList, () => "Authorized", valuesList: "ParkingBayOccupancy,EVConnected,Authorized,DataSigned,PowerPathClosed,EnergyTransfer");
        Fixed("TxCtrlr", "TxStopPoint", VariableDataType.MemberList, () => "Authorized,EVConnected", valuesList: "ParkingBayOccupancy,EVConnected,Authorized,DataSigned,PowerPathClosed,EnergyTransfer");

        Fixed("SampledDataCtrlr", "Enabled", VariableDataType.Boolean, () => "true");
        Fixed("SampledDataCtrlr", "TxStartedMeasurands", VariableDataType.MemberList, () => Measurands.EnergyImportRegister, valuesList: string.Join(',', Measurands.For(options.Version)));
        Add("SampledDataCtrlr", "TxUpdatedMeasurands", Setting.SampledMeasurands);
        Add("SampledDataCtrlr", "TxUpdatedInterval", Setting.MeterValueSampleInterval, unit: "s");
        Add("SampledDataCtrlr", "TxEndedMeasurands", Setting.StopTxnSampledMeasurands);
        Fixed("SampledDataCtrlr", "TxEndedInterval", VariableDataType.Integer, () => "0", unit: "s");
        Fixed("AlignedDataCtrlr", "Enabled", VariableDataType.Boolean, () => "true");
        Add("AlignedDataCtrlr", "Measurands", Setting.AlignedMeasurands);
        Add("AlignedDataCtrlr", "Interval", Setting.ClockAlignedDataInterval, unit: "s");
        Add("AlignedDataCtrlr", "TxEndedMeasurands", Setting.StopTxnAlignedMeasurands);
        Fixed("AlignedDataCtrlr", "TxEndedInterval", VariableDataType.Integer, () => "0", unit: "s");
        Add("AlignedDataCtrlr", "SendDuringIdle", Setting.AlignedSendDuringIdle);

        Add("ReservationCtrlr", "Enabled", Setting.ReservationEnabled);
        Fixed("ReservationCtrlr", "Available", VariableDataType.Boolean, () => "true");
        Add("ReservationCtrlr", "NonEvseSpecific", Setting.ReserveConnectorZeroSupported);

        Fixed("SmartChargingCtrlr", "Enabled", VariableDataType.Boolean, () => "true");
        Fixed("SmartChargingCtrlr", "Available", VariableDataType.Boolean, () => "true");
        Add("SmartChargingCtrlr", "ProfileStackLevel", Setting.ChargeProfileMaxStackLevel);
        Fixed("SmartChargingCtrlr", "RateUnit", VariableDataType.MemberList, () => "A,W", valuesList: "A,W");
        Add("SmartChargingCtrlr", "PeriodsPerSchedule", Setting.ChargingScheduleMaxPeriods);
        Fixed("SmartChargingCtrlr", "LimitChangeSignificance", VariableDataType.Decimal, () => "10", unit: "Percent");

        const string Availability = "Available,Occupied,Reserved,Unavailable,Faulted";
        Fixed("ChargingStation", "Available", VariableDataType.Boolean, () => "true");
        Fixed("ChargingStation", "AvailabilityState", VariableDataType.OptionList, () => StationAvailability(options, state), valuesList: Availability, constant: false);
        Fixed("ChargingStation", "SupplyPhases", VariableDataType.Integer, () => text(options.Phases));
        Fixed("ChargingStation", "Model", VariableDataType.String, () => options.Model);
        Fixed("ChargingStation", "VendorName", VariableDataType.String, () => options.Vendor);
        for (var e = 1; e <= options.Evses.Count; e++)
        {
            var evseId = e;
            var rating = options.EvseMaxPowerW is { } ratings && evseId <= ratings.Count ? ratings[evseId - 1] : options.ChargingPowerW;
            Fixed("EVSE", "Available", VariableDataType.Boolean, () => "true", evseId);
            Fixed("EVSE", "AvailabilityState", VariableDataType.OptionList, () => Folded(EvseStatus(options, state, evseId)), evseId, valuesList: Availability, constant: false);
            Fixed("EVSE", "SupplyPhases", VariableDataType.Integer, () => text(options.Phases), evseId);
            Fixed("EVSE", "AllowReset", VariableDataType.Boolean, () => "false", evseId);
            v.Add(new DeviceVariable("EVSE", "Power", VariableDataType.Decimal,
            [
                new DeviceAttribute(AttributeKind.Actual, VariableMutability.ReadOnly, () => Number(state.PowerOf(evseId))),
                new DeviceAttribute(AttributeKind.MaxSet, VariableMutability.ReadOnly, () => Number(rating)) { Constant = true },
            ])
            { EvseId = evseId, Unit = "W", MaxLimit = rating });
            for (var c = 1; c <= options.Evses[evseId - 1]; c++)
            {
                var connectorId = c;
                Fixed("Connector", "Available", VariableDataType.Boolean, () => "true", evseId, connectorId);
                Fixed("Connector", "AvailabilityState", VariableDataType.OptionList, () => Folded(state.StatusOf(evseId, connectorId)), evseId, connectorId, valuesList: Availability, constant: false);
                Fixed("Connector", "ConnectorType", VariableDataType.String, () => "cType2", evseId, connectorId);
                Fixed("Connector", "SupplyPhases", VariableDataType.Integer, () => text(options.Phases), evseId, connectorId);
            }
        }

        return new StationDeviceModel(v);
    }

    /// <summary>2.x folds the charging states into Occupied (OCPP-NOTES §5.10).</summary>
    private static string Folded(ConnectorStatus status) => status switch
    {
        ConnectorStatus.Available => "Available",
        ConnectorStatus.Reserved => "Reserved",
        ConnectorStatus.Unavailable => "Unavailable",
        ConnectorStatus.Faulted => "Faulted",
        _ => "Occupied",
    };

    /// <summary>An EVSE is as busy as its busiest connector.</summary>
    private static ConnectorStatus EvseStatus(ChargingStationOptions options, IDeviceState state, int evseId)
    {
        var statuses = Enumerable.Range(1, options.Evses[evseId - 1]).Select(c => state.StatusOf(evseId, c)).ToArray();
        return statuses.All(s => s == ConnectorStatus.Unavailable) ? ConnectorStatus.Unavailable
            : statuses.All(s => s == ConnectorStatus.Faulted) ? ConnectorStatus.Faulted
            : statuses.FirstOrDefault(s => s is not (ConnectorStatus.Available or ConnectorStatus.Unavailable or ConnectorStatus.Faulted), ConnectorStatus.Available);
    }

    private static string StationAvailability(ChargingStationOptions options, IDeviceState state)
    {
        var evses = Enumerable.Range(1, options.Evses.Count).Select(e => EvseStatus(options, state, e)).ToArray();
        return evses.All(s => s == ConnectorStatus.Unavailable) ? "Unavailable"
            : evses.All(s => s == ConnectorStatus.Faulted) ? "Faulted"
            : evses.Any(s => s == ConnectorStatus.Available) ? "Available"
            : Folded(evses[0]);
    }

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
