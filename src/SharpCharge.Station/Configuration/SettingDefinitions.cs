namespace SharpCharge.Station.Configuration;

/// <summary>
/// Every setting the station has, with the rules of the 1.6 standard keys (1.6 §9, OCPP-NOTES §4.7) and the 2.x
/// controller variables (OCPP-NOTES §5.4). Intervals are seconds; 0 switches the feature off.
/// </summary>
internal static class SettingDefinitions
{
    public const int MaxMeasurands = 10;

    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(Setting.HeartbeatInterval, SettingType.Integer) { Min = 1 },
        new(Setting.MeterValueSampleInterval, SettingType.Integer),
        new(Setting.ClockAlignedDataInterval, SettingType.Integer),
        new(Setting.SampledMeasurands, SettingType.MeasurandList) { MaxItems = MaxMeasurands },
        new(Setting.AlignedMeasurands, SettingType.MeasurandList) { MaxItems = MaxMeasurands },
        new(Setting.StopTxnSampledMeasurands, SettingType.MeasurandList) { MaxItems = MaxMeasurands },
        new(Setting.StopTxnAlignedMeasurands, SettingType.MeasurandList) { MaxItems = MaxMeasurands },
        new(Setting.MeasurandsMaxLength, SettingType.Integer, ReadOnly: true),
        new(Setting.AlignedSendDuringIdle, SettingType.Boolean),
        new(Setting.AuthorizeRemoteStart, SettingType.Boolean),
        new(Setting.LocalAuthorizeOffline, SettingType.Boolean),
        new(Setting.LocalPreAuthorize, SettingType.Boolean),
        new(Setting.AllowOfflineTxForUnknownId, SettingType.Boolean),
        new(Setting.AuthEnabled, SettingType.Boolean),
        new(Setting.AuthCacheEnabled, SettingType.Boolean),
        new(Setting.LocalAuthListEnabled, SettingType.Boolean),
        new(Setting.LocalAuthListMaxLength, SettingType.Integer, ReadOnly: true),
        new(Setting.SendLocalListMaxLength, SettingType.Integer, ReadOnly: true),
        new(Setting.ConnectionTimeOut, SettingType.Integer),
        new(Setting.StopTxOnInvalidId, SettingType.Boolean),
        new(Setting.StopTxOnEVSideDisconnect, SettingType.Boolean, ReadOnly: true),
        new(Setting.UnlockOnEVSideDisconnect, SettingType.Boolean, ReadOnly: true),
        new(Setting.ResetRetries, SettingType.Integer),
        new(Setting.TransactionMessageAttempts, SettingType.Integer) { Min = 1, Max = 10 },
        new(Setting.TransactionMessageRetryInterval, SettingType.Integer),
        new(Setting.MessageTimeout, SettingType.Integer, ReadOnly: true),

        // Read when a connection opens: a change applies from the next (re)boot.
        new(Setting.WebSocketPingInterval, SettingType.Integer) { RebootRequired = true },
        new(Setting.NumberOfConnectors, SettingType.Integer, ReadOnly: true),
        new(Setting.ItemsPerMessage, SettingType.Integer, ReadOnly: true),
        new(Setting.BytesPerMessage, SettingType.Integer, ReadOnly: true),
        new(Setting.SupportedFeatureProfiles, SettingType.Text, ReadOnly: true),
        new(Setting.ConnectorPhaseRotation, SettingType.Text),
        new(Setting.ReservationEnabled, SettingType.Boolean),
        new(Setting.ReserveConnectorZeroSupported, SettingType.Boolean, ReadOnly: true),
        new(Setting.ChargeProfileMaxStackLevel, SettingType.Integer, ReadOnly: true),
        new(Setting.ChargingScheduleAllowedChargingRateUnit, SettingType.MemberList, ReadOnly: true) { Values = ["Current", "Power", "A", "W"] },
        new(Setting.ChargingScheduleMaxPeriods, SettingType.Integer, ReadOnly: true),
        new(Setting.MaxChargingProfilesInstalled, SettingType.Integer, ReadOnly: true),
        new(Setting.FileTransferProtocols, SettingType.MemberList, ReadOnly: true) { Values = ["FTP", "FTPS", "HTTP", "HTTPS", "SFTP"] },
        new(Setting.SecurityProfile, SettingType.Integer, ReadOnly: true),
        new(Setting.OrganizationName, SettingType.Text),
        // Taken at once and used from the next connection on (2.0.1 A01: the CSMS expects Accepted, TC_A_09_CSMS).
        new(Setting.BasicAuthPassword, SettingType.Text) { WriteOnly = true },
    ];

    public static SettingDefinition Of(Setting setting) => All[(int)setting];
}
