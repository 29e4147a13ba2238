namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>Operator-side management of id tokens (REST API, demo seeding, tests).</summary>
internal interface IIdTokenService
{
    /// <summary>
    /// Creates or replaces a token (matched case-insensitively). Throws <see cref="ArgumentException"/> naming the
    /// field for an empty or over-long value or the status ConcurrentTx, which is computed, never stored.
    /// </summary>
    Task<IdTokenRecord> SaveAsync(IdTokenRecord token, CancellationToken cancellationToken);

    Task<IdTokenRecord?> GetAsync(string value, CancellationToken cancellationToken);

    Task<IReadOnlyList<IdTokenRecord>> ListAsync(CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string value, CancellationToken cancellationToken);
}
