using Microsoft.Extensions.Logging;

namespace SharpCharge.Csms.Domain.Transactions;

internal sealed partial class TransactionService
{
    private static partial class Log
    {
        [LoggerMessage(DomainEventIds.TransactionSeqNoGap, LogLevel.Warning,
            "Transaction {ChargerTransactionId} of charger {ChargerId}: seqNo {SeqNo} arrived, expected {ExpectedSeqNo} (events missing or out of order)",
            EventName = "TransactionSeqNoGap")]
        public static partial void SeqNoGap(ILogger logger, string chargerId, string chargerTransactionId, int seqNo, int expectedSeqNo);

        [LoggerMessage(DomainEventIds.TransactionEventReplayed, LogLevel.Information,
            "Transaction {ChargerTransactionId} of charger {ChargerId}: seqNo {SeqNo} already stored, replay ignored",
            EventName = "TransactionEventReplayed")]
        public static partial void EventReplayed(ILogger logger, string chargerId, string chargerTransactionId, int seqNo);

        [LoggerMessage(DomainEventIds.TransactionCreatedFromLaterEvent, LogLevel.Warning,
            "Transaction {ChargerTransactionId} of charger {ChargerId} first seen through a {EventType} event (seqNo {SeqNo}); created without its start",
            EventName = "TransactionCreatedFromLaterEvent")]
        public static partial void CreatedFromLaterEvent(
            ILogger logger, string chargerId, string chargerTransactionId, TransactionEventKind eventType, int seqNo);

        [LoggerMessage(DomainEventIds.TransactionStartReplayed, LogLevel.Information,
            "StartTransaction from charger {ChargerId} replayed; answering transaction {TransactionId} again",
            EventName = "TransactionStartReplayed")]
        public static partial void StartReplayed(ILogger logger, string chargerId, long transactionId);

        [LoggerMessage(DomainEventIds.StopForUnknownTransaction, LogLevel.Warning,
            "StopTransaction from charger {ChargerId} names unknown transaction {TransactionId}; meter data kept without a transaction",
            EventName = "StopForUnknownTransaction")]
        public static partial void StopForUnknownTransaction(ILogger logger, string chargerId, long transactionId);

        [LoggerMessage(DomainEventIds.StopReplayed, LogLevel.Information,
            "StopTransaction from charger {ChargerId} for transaction {TransactionId} that already ended; replay ignored",
            EventName = "StopReplayed")]
        public static partial void StopReplayed(ILogger logger, string chargerId, long transactionId);

        [LoggerMessage(DomainEventIds.MeterValuesForUnknownTransaction, LogLevel.Warning,
            "MeterValues from charger {ChargerId} name unknown transaction {TransactionId}; values kept without a transaction",
            EventName = "MeterValuesForUnknownTransaction")]
        public static partial void MeterValuesForUnknownTransaction(ILogger logger, string chargerId, long transactionId);

        [LoggerMessage(DomainEventIds.MeterWentBackwards, LogLevel.Warning,
            "Transaction {TransactionId} of charger {ChargerId}: meter stop {MeterStopWh} Wh is below meter start {MeterStartWh} Wh; energy set to 0",
            EventName = "MeterWentBackwards")]
        public static partial void MeterWentBackwards(
            ILogger logger, string chargerId, long transactionId, decimal meterStartWh, decimal meterStopWh);
    }
}
