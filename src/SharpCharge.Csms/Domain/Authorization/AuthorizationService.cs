using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Domain.Authorization;

/// <inheritdoc />
internal sealed class AuthorizationService : IAuthorizationService
{
    private readonly IIdTokenStore _tokens;
    private readonly ITransactionStore _transactions;
    private readonly TimeProvider _time;
    private readonly CsmsOptions _options;

    public AuthorizationService(
        IIdTokenStore tokens, ITransactionStore transactions, TimeProvider time, IOptions<CsmsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _transactions = transactions;
        _time = time;
        _options = options.Value;
    }

    public async Task<AuthorizationResult> AuthorizeAsync(
        string chargerId, IdToken idToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idToken);
        var now = _time.GetUtcNow();
        var token = await _tokens.FindAsync(idToken.Value, cancellationToken).ConfigureAwait(false);
        var inOther = AuthorizationPolicy.NeedsConcurrencyCheck(token, now)
            && await _transactions.HasRunningTransactionAsync(token!.Value, cancellationToken).ConfigureAwait(false);
        return AuthorizationPolicy.Evaluate(token, now, inOther, _options.UnknownIdTokens);
    }
}
