using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V16;

/// <summary>
/// The standard 1.6 configuration keys the station has (1.6 §9, OCPP-NOTES §4.7), each backed by a version-neutral
/// setting. Key names match case-sensitively. AuthorizationKey is write-only and never reported.
/// </summary>
internal static class V16ConfigurationKeys
{
    public static IReadOnlyList<(string Key, Setting Setting)> All { get; } =
    [
        // Core
        ("AllowOfflineTxForUnknownId", Setting.AllowOfflineTxForUnknownId),
        ("AuthorizationCacheEnabled", Setting.AuthCacheEnabled),
        ("AuthorizeRemoteTxRequests", Setting.AuthorizeRemoteStart),
        ("ClockAlignedDataInterval", Setting.ClockAlignedDataInterval),
        ("ConnectionTimeOut", Setting.ConnectionTimeOut),
        ("ConnectorPhaseRotation", Setting.ConnectorPhaseRotation),
        ("GetConfigurationMaxKeys", Setting.ItemsPerMessage),
        ("HeartbeatInterval", Setting.HeartbeatInterval),
        ("LocalAuthorizeOffline", Setting.LocalAuthorizeOffline),
        ("LocalPreAuthorize", Setting.LocalPreAuthorize),
        ("MessageTimeout", Setting.MessageTimeout),
        ("MeterValuesAlignedData", Setting.AlignedMeasurands),
        ("MeterValuesAlignedDataMaxLength", Setting.MeasurandsMaxLength),
        ("MeterValuesSampledData", Setting.SampledMeasurands),
        ("MeterValuesSampledDataMaxLength", Setting.MeasurandsMaxLength),
        ("MeterValueSampleInterval", Setting.MeterValueSampleInterval),
        ("NumberOfConnectors", Setting.NumberOfConnectors),
        ("ResetRetries", Setting.ResetRetries),
        ("StopTransactionOnEVSideDisconnect", Setting.StopTxOnEVSideDisconnect),
        ("StopTransactionOnInvalidId", Setting.StopTxOnInvalidId),
        ("StopTxnAlignedData", Setting.StopTxnAlignedMeasurands),
        ("StopTxnAlignedDataMaxLength", Setting.MeasurandsMaxLength),
        ("StopTxnSampledData", Setting.StopTxnSampledMeasurands),
        ("StopTxnSampledDataMaxLength", Setting.MeasurandsMaxLength),
        ("SupportedFeatureProfiles", Setting.SupportedFeatureProfiles),
        ("TransactionMessageAttempts", Setting.TransactionMessageAttempts),
        ("TransactionMessageRetryInterval", Setting.TransactionMessageRetryInterval),
        ("UnlockConnectorOnEVSideDisconnect", Setting.UnlockOnEVSideDisconnect),
        ("WebSocketPingInterval", Setting.WebSocketPingInterval),

        // Local Auth List Management
        ("LocalAuthListEnabled", Setting.LocalAuthListEnabled),
        ("LocalAuthListMaxLength", Setting.LocalAuthListMaxLength),
        ("SendLocalListMaxLength", Setting.SendLocalListMaxLength),

        // Reservation
        ("ReserveConnectorZeroSupported", Setting.ReserveConnectorZeroSupported),

        // Smart Charging
        ("ChargeProfileMaxStackLevel", Setting.ChargeProfileMaxStackLevel),
        ("ChargingScheduleAllowedChargingRateUnit", Setting.ChargingScheduleAllowedChargingRateUnit),
        ("ChargingScheduleMaxPeriods", Setting.ChargingScheduleMaxPeriods),
        ("MaxChargingProfilesInstalled", Setting.MaxChargingProfilesInstalled),

        // Firmware Management (errata) and Security (1.6 security white paper)
        ("SupportedFileTransferProtocols", Setting.FileTransferProtocols),
        ("AuthorizationKey", Setting.BasicAuthPassword),
        ("CpoName", Setting.OrganizationName),
        ("SecurityProfile", Setting.SecurityProfile),
    ];

    private static readonly Dictionary<string, Setting> ByKey = All.ToDictionary(k => k.Key, k => k.Setting, StringComparer.Ordinal);

    public static bool TryFind(string key, out Setting setting) => ByKey.TryGetValue(key, out setting);
}
