namespace SharpCharge.Station.Authorization;

/// <summary>A token's status, version-neutral (1.6 AuthorizationStatus, 2.x AuthorizationStatusEnumType): only Accepted may charge.</summary>
internal enum TokenStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,

    /// <summary>Any other refusal (2.x NoCredit, NotAtThisLocation, Unknown, …).</summary>
    Refused,
}
