namespace SharpCharge.Csms.Storage;

/// <summary>Event ids of storage log lines: 2100-2199 (next free: 2107). Domain uses 2000-2099.</summary>
internal static class StorageEventIds
{
    public const int MigrationApplied = 2100;
    public const int DatabaseUpToDate = 2101;
    public const int BatchFailed = 2102;
    public const int WriteFailed = 2103;
    public const int BatchCommitted = 2104;
    public const int WriterStopped = 2105;
    public const int WriterConnectionReplaced = 2106;
}
