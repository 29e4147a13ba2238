namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>How the central system treats an id token that is not in the store.</summary>
internal enum UnknownIdTokenPolicy
{
    /// <summary>Answer Invalid (the production behaviour the specifications describe).</summary>
    Invalid,

    /// <summary>Answer Accepted without storing the token (for development and demos).</summary>
    Accept,
}
