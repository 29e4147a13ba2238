namespace SharpCharge.Ocpp.Messages;

/// <summary>A CALL payload. Generated request types implement <see cref="IOcppRequest{TResponse}"/>.</summary>
public interface IOcppRequest
{
    /// <summary>The action this payload belongs to: its name, version, serializers and validators.</summary>
    OcppAction Action { get; }
}

/// <summary>A CALL payload whose CALLRESULT payload is <typeparamref name="TResponse"/>.</summary>
public interface IOcppRequest<TResponse> : IOcppRequest
    where TResponse : class, IOcppResponse
{
}
