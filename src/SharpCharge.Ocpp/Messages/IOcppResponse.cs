namespace SharpCharge.Ocpp.Messages;

/// <summary>A CALLRESULT payload.</summary>
public interface IOcppResponse
{
}
