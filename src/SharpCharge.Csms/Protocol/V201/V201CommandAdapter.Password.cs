using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Csms.Protocol.V201;

internal sealed partial class V201CommandAdapter
{
    /// <summary>
    /// A01.FR.02: the new password goes to SecurityCtrlr.BasicAuthPassword. Only Accepted counts (A01.FR.03):
    /// RebootRequired would leave the charger on its old password until it restarts, locking it out meanwhile.
    /// </summary>
    private static ValueTask<CommandReply> ChangePasswordAsync(ChangeChargerPassword change, CommandCall call)
    {
        call.Secret = change.Password;
        return call.SendAsync(
            new SetVariablesRequest
            {
                SetVariableData =
                [
                    new SetVariableDataType
                    {
                        Component = new ComponentType { Name = "SecurityCtrlr" },
                        Variable = new VariableType { Name = "BasicAuthPassword" },
                        AttributeValue = change.Password,
                    },
                ],
            },
            r =>
            {
                var result = r.SetVariableResult.FirstOrDefault();
                var status = result?.AttributeStatus ?? SetVariableStatusEnumType.Rejected;
                return Answer(status == SetVariableStatusEnumType.Accepted, status.ToOcppString(), result?.AttributeStatusInfo);
            });
    }
}
