using System.Text;
using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>
/// Creates dashboard accounts and checks their passwords. Passwords are hashed with the same salted PBKDF2-SHA256 as
/// charger passwords (<see cref="PasswordHasher"/>); a login for an unknown name still runs one hash, so the answer
/// takes as long whether or not the name exists.
/// </summary>
internal sealed class OperatorAccounts
{
    /// <summary>PBKDF2 iterations for new hashes: the default of charger passwords (Csms:PasswordHashIterations).</summary>
    public const int Iterations = 100_000;

    public const int MinPasswordLength = 8;

    public const int MaxNameLength = 64;

    // A valid hash of nothing in particular, checked against when the name is unknown (see the class comment).
    private static readonly string DecoyHash = PasswordHasher.Hash("decoy"u8, Iterations);

    private readonly IOperatorStore _store;
    private readonly TimeProvider _time;

    public OperatorAccounts(IOperatorStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>Why <paramref name="name"/> and <paramref name="password"/> cannot make an account, in words; null when they can.</summary>
    public static string? Problem(string? name, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"The operator name must be 1 to {MaxNameLength} characters without spaces.";
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            return $"The password must have at least {MinPasswordLength} characters.";
        }

        return null;
    }

    /// <summary>Creates the account, or sets a new password and role when it exists. Throws <see cref="ArgumentException"/> for a bad name or password.</summary>
    public async Task SaveAsync(string name, string password, OperatorRole role, CancellationToken cancellationToken)
    {
        if (Problem(name, password) is { } problem)
        {
            throw new ArgumentException(problem, nameof(password));
        }

        var hash = PasswordHasher.Hash(Encoding.UTF8.GetBytes(password), Iterations);
        await _store.SaveAsync(name.Trim(), hash, role, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account when the password is right; null otherwise.</summary>
    public async Task<DashboardOperator?> VerifyAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var found = await _store.FindAsync(name.Trim(), cancellationToken).ConfigureAwait(false);
        var valid = PasswordHasher.Verify(Encoding.UTF8.GetBytes(password), found?.PasswordHash ?? DecoyHash);
        return valid && found is { } account ? account.Operator : null;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => _store.CountAsync(cancellationToken);
}
