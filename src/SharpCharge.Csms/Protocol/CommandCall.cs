using System.Text.Json;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Csms.Protocol;

/// <summary>
/// One command on its way to a charger: the adapter hands it the message it built, and it sends the CALL, keeps the
/// action and both payloads for the command history, and maps the answer with the adapter's function. Failures
/// (CALLERROR, timeout, closed connection) propagate as the RPC layer's exceptions; the router turns them into outcomes.
/// </summary>
internal sealed class CommandCall(OcppConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
{
    public string? Action { get; private set; }

    public string? RequestJson { get; private set; }

    public string? ResponseJson { get; private set; }

    /// <summary>
    /// A value the request carries that must not be stored (a password): <see cref="RequestJson"/> shows <c>***</c>
    /// in its place.
    /// </summary>
    public string? Secret { get; set; }

    public async ValueTask<CommandReply> SendAsync<TResponse>(IOcppRequest<TResponse> request, Func<TResponse, CommandReply> map)
        where TResponse : class, IOcppResponse
    {
        var action = request.Action;
        Action = action.Name;
        RequestJson = JsonSerializer.Serialize(request, action.RequestJsonInfo);
        if (!string.IsNullOrEmpty(Secret))
        {
            RequestJson = RequestJson.Replace(Secret, "***", StringComparison.Ordinal);
        }
        var response = await connection.CallAsync(request, timeout, cancellationToken).ConfigureAwait(false);
        ResponseJson = JsonSerializer.Serialize(response, action.ResponseJsonInfo!);
        return map(response);
    }
}
