using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>What every command route binds besides its body: the charger id from the route, the command service and who asks.</summary>
internal readonly record struct CommandTarget(string Id, ICommandService Commands, ApiAccessPolicy Policy, HttpContext Http)
{
    public const string Anonymous = "anonymous";

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The name of the API key the request came with, or "anonymous" (loopback without a key).</summary>
    public string RequestedBy
    {
        get
        {
            var key = Http.Request.Headers[ApiKeyFilter.HeaderName].ToString();
            return key.Length > 0 && Policy.Find(key) is { } found ? found.Name : Anonymous;
        }
    }

    public Task<CommandResult> SendAsync(ChargerCommand command) => Commands.SendAsync(Id, command, RequestedBy, Aborted);
}
