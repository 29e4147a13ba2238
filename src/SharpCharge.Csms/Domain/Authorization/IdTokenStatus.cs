namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>
/// Authorization status shared by 1.6 idTagInfo and 2.x idTokenInfo. Stored tokens use the first four;
/// <see cref="ConcurrentTx"/> is only ever computed.
/// </summary>
internal enum IdTokenStatus
{
    Accepted,
    Blocked,
    Expired,
    Invalid,
    ConcurrentTx,
}
