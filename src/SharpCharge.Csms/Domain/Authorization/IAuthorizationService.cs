namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>Answers 1.6 Authorize.req and 2.x AuthorizeRequest.</summary>
internal interface IAuthorizationService
{
    /// <summary>
    /// Evaluates the token by <see cref="AuthorizationPolicy"/>. ConcurrentTx is answered when the token is in any
    /// running transaction and may not be in several. Never throws for an unknown token or charger.
    /// </summary>
    Task<AuthorizationResult> AuthorizeAsync(string chargerId, IdToken idToken, CancellationToken cancellationToken);
}
