namespace SharpCharge.Csms.Domain.Authorization;

/// <inheritdoc />
internal sealed class IdTokenService : IIdTokenService
{
    private readonly IIdTokenStore _store;
    private readonly TimeProvider _time;

    public IdTokenService(IIdTokenStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    public async Task<IdTokenRecord> SaveAsync(IdTokenRecord token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (string.IsNullOrEmpty(token.Value) || token.Value.Length > IdTokenTypes.MaxValueLength)
        {
            throw new ArgumentException($"An id token value has 1 to {IdTokenTypes.MaxValueLength} characters.", "Value");
        }

        if (token.GroupId is { Length: > IdTokenTypes.MaxValueLength })
        {
            throw new ArgumentException($"A group id has at most {IdTokenTypes.MaxValueLength} characters.", "GroupId");
        }

        if (token.Status == IdTokenStatus.ConcurrentTx)
        {
            throw new ArgumentException("ConcurrentTx is computed per transaction and cannot be stored.", "Status");
        }

        var stored = string.IsNullOrEmpty(token.Type) ? token with { Type = IdTokenTypes.Central } : token;
        await _store.UpsertAsync(stored, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public Task<IdTokenRecord?> GetAsync(string value, CancellationToken cancellationToken) =>
        _store.FindAsync(value, cancellationToken);

    public Task<IReadOnlyList<IdTokenRecord>> ListAsync(CancellationToken cancellationToken) =>
        _store.ListAsync(cancellationToken);

    public Task<bool> DeleteAsync(string value, CancellationToken cancellationToken) =>
        _store.DeleteAsync(value, cancellationToken);
}
