namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>Persistence of id tokens. Lookups ignore the case of the value.</summary>
internal interface IIdTokenStore
{
    Task<IdTokenRecord?> FindAsync(string value, CancellationToken cancellationToken);

    Task UpsertAsync(IdTokenRecord token, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<IdTokenRecord>> ListAsync(CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string value, CancellationToken cancellationToken);
}
