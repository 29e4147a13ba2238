namespace SharpCharge.SchemaGen.Model;

/// <summary>One action of a version.</summary>
/// <param name="Name">The action name on the wire (<c>BootNotification</c>).</param>
/// <param name="Direction">Who sends the CALL.</param>
/// <param name="Request">The CALL (or SEND) payload type.</param>
/// <param name="Response">The CALLRESULT payload type; null for a SEND-only action.</param>
internal sealed record ActionSchema(string Name, ActionDirection Direction, SchemaType Request, SchemaType? Response)
{
    public bool IsSend => Response is null;
}
