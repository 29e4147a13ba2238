using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.Protocol.V16;

internal sealed partial class V16StationProtocol
{
    /// <summary>GetConfiguration and ChangeConfiguration over the standard keys (1.6 §5.8, §5.3; OCPP-NOTES §4.7).</summary>
    private sealed class ConfigurationHandlers(IStationControl station) :
        IOcppHandler<GetConfigurationRequest, GetConfigurationResponse>,
        IOcppHandler<ChangeConfigurationRequest, ChangeConfigurationResponse>
    {
        public ValueTask<GetConfigurationResponse> HandleAsync(GetConfigurationRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var settings = station.Settings;
            if (request.Key is not { Count: > 0 } keys)
            {
                // All keys, but never the write-only ones.
                var all = V16ConfigurationKeys.All
                    .Where(k => !SettingDefinitions.Of(k.Setting).WriteOnly)
                    .Select(k => KeyValueOf(k.Key, k.Setting, settings))
                    .ToArray();
                return ValueTask.FromResult(new GetConfigurationResponse { ConfigurationKey = all });
            }

            var known = new List<KeyValue>();
            var unknown = new List<string>();
            foreach (var key in keys)
            {
                if (V16ConfigurationKeys.TryFind(key, out var setting) && !SettingDefinitions.Of(setting).WriteOnly)
                {
                    known.Add(KeyValueOf(key, setting, settings));
                }
                else
                {
                    unknown.Add(key);
                }
            }

            return ValueTask.FromResult(new GetConfigurationResponse
            {
                ConfigurationKey = known.Count > 0 ? known : null,
                UnknownKey = unknown.Count > 0 ? unknown : null,
            });
        }

        public ValueTask<ChangeConfigurationResponse> HandleAsync(ChangeConfigurationRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var value = request.Value;
            if (V16ConfigurationKeys.TryFind(request.Key, out var key) && key == Setting.BasicAuthPassword && !TryDecodeAuthorizationKey(value, out value))
            {
                return ValueTask.FromResult(new ChangeConfigurationResponse { Status = ConfigurationStatus.Rejected });
            }

            var status = !V16ConfigurationKeys.TryFind(request.Key, out var setting)
                ? ConfigurationStatus.NotSupported
                : station.Settings.TrySet(setting, value) switch
                {
                    SettingOutcome.Accepted => ConfigurationStatus.Accepted,
                    SettingOutcome.RebootRequired => ConfigurationStatus.RebootRequired,
                    _ => ConfigurationStatus.Rejected,
                };
            return ValueTask.FromResult(new ChangeConfigurationResponse { Status = status });
        }

        /// <summary>
        /// AuthorizationKey carries the hexadecimal text of a 16-20 byte secret, and the Basic header carries the bytes
        /// themselves (1.6 security white paper, configuration keys; OCPP-NOTES §3.2). The station keeps its password
        /// as text, so only secrets that are UTF-8 text are taken.
        /// </summary>
        private static bool TryDecodeAuthorizationKey(string hex, out string password)
        {
            password = string.Empty;
            if (hex.Length is < 32 or > 40 || hex.Length % 2 != 0 || !hex.All(Uri.IsHexDigit))
            {
                return false;
            }

            try
            {
                password = new System.Text.UTF8Encoding(false, true).GetString(Convert.FromHexString(hex));
                return true;
            }
            catch (System.Text.DecoderFallbackException)
            {
                return false;
            }
        }

        private static KeyValue KeyValueOf(string key, Setting setting, StationSettings settings)
            => new() { Key = key, Readonly = SettingDefinitions.Of(setting).ReadOnly, Value = settings.Get(setting) };
    }
}
