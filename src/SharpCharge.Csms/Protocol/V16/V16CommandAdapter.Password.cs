using System.Text;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V16;

namespace SharpCharge.Csms.Protocol.V16;

internal sealed partial class V16CommandAdapter
{
    /// <summary>
    /// 1.6 security white paper §2.3.2 and its configuration key list: AuthorizationKey holds the hexadecimal text of
    /// the password's bytes, and the charger sends those bytes (not the hex) in its Basic header. Only Accepted counts:
    /// RebootRequired would leave the charger on its old password until it restarts.
    /// </summary>
    private static ValueTask<CommandReply> ChangePasswordAsync(ChangeChargerPassword change, CommandCall call)
    {
        var bytes = Encoding.UTF8.GetBytes(change.Password);
        if (bytes.Length is < 16 or > 20)
        {
            return ValueTask.FromResult(CommandReply.Invalid("password", "A 1.6 AuthorizationKey is 16 to 20 bytes: give a password of 16 to 20 ASCII characters."));
        }

        var hex = Convert.ToHexString(bytes);
        call.Secret = hex;
        return call.SendAsync(
            new ChangeConfigurationRequest { Key = "AuthorizationKey", Value = hex },
            r => Answer(r.Status == ConfigurationStatus.Accepted, r.Status.ToOcppString()));
    }
}
