namespace SharpCharge.Csms.Domain;

/// <summary>
/// Event ids of the domain services' log lines. The protocol library uses 1000-1099; the domain owns
/// 2000-2099 (next free: 2016; 2030 is taken) and storage 2100-2199 (see <c>Storage.StorageEventIds</c>).
/// </summary>
internal static class DomainEventIds
{
    public const int BootFromUnknownCharger = 2000;
    public const int TransactionSeqNoGap = 2001;
    public const int TransactionEventReplayed = 2002;
    public const int TransactionCreatedFromLaterEvent = 2003;
    public const int TransactionStartReplayed = 2004;
    public const int StopForUnknownTransaction = 2005;
    public const int StopReplayed = 2006;
    public const int MeterValuesForUnknownTransaction = 2007;
    public const int MeterWentBackwards = 2008;
    public const int ChargerRegistered = 2009;
    public const int RegistrationStatusChanged = 2010;
    public const int ChargerDeleted = 2011;
    public const int CommandEnded = 2012;
    public const int FollowUpWithoutCommand = 2013;
    public const int ProtocolLogPurged = 2014;
    public const int ProtocolLogPurgeFailed = 2015;
    public const int CommandSending = 2030;
}
