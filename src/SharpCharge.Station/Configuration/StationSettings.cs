using System.Globalization;

namespace SharpCharge.Station.Configuration;

/// <summary>
/// The station's settings as text values, checked against <see cref="SettingDefinitions"/> when the central system
/// writes them. Kept for the station's whole life, so a simulated reboot keeps them (1.6 §9, 2.x persistent
/// variables). Read from the meter and connection loops and written from the receive loop: a lock keeps them apart.
/// </summary>
internal sealed class StationSettings
{
    private readonly Lock _gate = new();
    private readonly string[] _values;
    private readonly IReadOnlyList<string> _measurands;

    public StationSettings(ChargingStationOptions options)
    {
        _measurands = Measurands.For(options.Version);
        var connectors = options.Evses.Sum();
        var seconds = static (TimeSpan t) => ((int)t.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        _values = new string[SettingDefinitions.All.Count];
        Write(Setting.HeartbeatInterval, "300");
        Write(Setting.MeterValueSampleInterval, seconds(options.MeterValueInterval));
        Write(Setting.ClockAlignedDataInterval, seconds(options.ClockAlignedDataInterval));
        Write(Setting.SampledMeasurands, string.Join(',', options.SampledMeasurands));
        Write(Setting.AlignedMeasurands, string.Join(',', options.AlignedMeasurands));
        Write(Setting.StopTxnSampledMeasurands, string.Empty);
        Write(Setting.StopTxnAlignedMeasurands, string.Empty);
        Write(Setting.MeasurandsMaxLength, SettingDefinitions.MaxMeasurands.ToString(CultureInfo.InvariantCulture));
        Write(Setting.AlignedSendDuringIdle, "false");
        Write(Setting.AuthorizeRemoteStart, "false");
        Write(Setting.LocalAuthorizeOffline, "true");
        Write(Setting.LocalPreAuthorize, "false");
        Write(Setting.AllowOfflineTxForUnknownId, "true");
        Write(Setting.AuthEnabled, "true");
        Write(Setting.AuthCacheEnabled, "true");
        Write(Setting.LocalAuthListEnabled, "true");
        Write(Setting.LocalAuthListMaxLength, "1000");
        Write(Setting.SendLocalListMaxLength, "250");
        Write(Setting.ConnectionTimeOut, "120");
        Write(Setting.StopTxOnInvalidId, "true");
        Write(Setting.StopTxOnEVSideDisconnect, "true");
        Write(Setting.UnlockOnEVSideDisconnect, "false");
        Write(Setting.ResetRetries, "1");
        Write(Setting.TransactionMessageAttempts, "3");
        Write(Setting.TransactionMessageRetryInterval, "10");
        Write(Setting.MessageTimeout, seconds(options.CallTimeout));
        Write(Setting.WebSocketPingInterval, "0");
        Write(Setting.NumberOfConnectors, connectors.ToString(CultureInfo.InvariantCulture));
        Write(Setting.ItemsPerMessage, "100");
        Write(Setting.BytesPerMessage, "65536");
        Write(Setting.SupportedFeatureProfiles, "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger");
        Write(Setting.ConnectorPhaseRotation, string.Join(',', Enumerable.Range(0, connectors + 1).Select(c => c.ToString(CultureInfo.InvariantCulture) + ".RST")));
        Write(Setting.ReservationEnabled, "true");
        Write(Setting.ReserveConnectorZeroSupported, "false");
        Write(Setting.ChargeProfileMaxStackLevel, "8");
        Write(Setting.ChargingScheduleAllowedChargingRateUnit, "Current,Power");
        Write(Setting.ChargingScheduleMaxPeriods, "24");
        Write(Setting.MaxChargingProfilesInstalled, "16");
        Write(Setting.FileTransferProtocols, "HTTP,HTTPS");
        Write(Setting.SecurityProfile, options.ClientCertificate is not null || options.ClientCertificatePath is not null ? "3" : options.CsmsUri.Scheme == "wss" ? "2" : options.Password is not null ? "1" : "0");
        Write(Setting.OrganizationName, options.Vendor);
        Write(Setting.BasicAuthPassword, options.Password ?? string.Empty);
    }

    /// <summary>Raised after the central system changed a setting (outside the lock).</summary>
    public event Action<Setting>? Changed;

    public string Get(Setting setting)
    {
        lock (_gate)
        {
            return _values[(int)setting];
        }
    }

    public int Int(Setting setting) => int.Parse(Get(setting), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public TimeSpan Seconds(Setting setting) => TimeSpan.FromSeconds(Int(setting));

    public bool Bool(Setting setting) => bool.Parse(Get(setting));

    public IReadOnlyList<string> List(Setting setting) => Split(Get(setting));

    /// <summary>Writes a value the central system sent, when the definition allows it.</summary>
    public SettingOutcome TrySet(Setting setting, string value)
    {
        var definition = SettingDefinitions.Of(setting);
        if (definition.ReadOnly || Normalise(definition, value, _measurands) is not { } normalised)
        {
            return SettingOutcome.Rejected;
        }

        lock (_gate)
        {
            _values[(int)setting] = normalised;
        }

        Changed?.Invoke(setting);
        return definition.RebootRequired ? SettingOutcome.RebootRequired : SettingOutcome.Accepted;
    }

    /// <summary>Writes a value the station itself decided (the heartbeat interval of a boot answer), read-only or not.</summary>
    public void Write(Setting setting, string value)
    {
        lock (_gate)
        {
            _values[(int)setting] = value;
        }
    }

    /// <summary>The value in its stored form, or null when it breaks the definition's rules.</summary>
    internal static string? Normalise(SettingDefinition definition, string value, IReadOnlyList<string> measurands)
    {
        switch (definition.Type)
        {
            case SettingType.Integer:
                return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= definition.Min && number <= definition.Max
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : null;
            case SettingType.Boolean:
                return bool.TryParse(value, out var flag) ? (flag ? "true" : "false") : null;
            case SettingType.Text:
                return value.Length <= 500 ? value : null;
            case SettingType.MeasurandList:
                return Members(value, measurands, definition.MaxItems);
            default:
                return Members(value, definition.Values, definition.MaxItems);
        }
    }

    private static string? Members(string value, IReadOnlyList<string> allowed, int maxItems)
    {
        var items = Split(value);
        var known = items.All(i => allowed.Contains(i, StringComparer.Ordinal)) && items.Distinct(StringComparer.Ordinal).Count() == items.Length;
        return known && (maxItems == 0 || items.Length <= maxItems) ? string.Join(',', items) : null;
    }

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
