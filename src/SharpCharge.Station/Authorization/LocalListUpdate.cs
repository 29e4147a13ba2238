namespace SharpCharge.Station.Authorization;

/// <summary>What applying a SendLocalList did (1.6 UpdateStatus, 2.x SendLocalListStatusEnumType).</summary>
internal enum LocalListUpdate
{
    Accepted,
    Failed,
    VersionMismatch,
    NotSupported,
}
