using System.Data.Common;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Storage.Sql;

/// <summary>The SQL shape of transactions, their events and meter values, shared by the store and its write session.</summary>
internal static class TransactionRows
{
    public const string Columns =
        "id, charger_id, state, started_at, charger_transaction_id, evse_id, connector_id, id_token, id_token_type, stop_id_token, " +
        "authorization_status, reservation_id, remote_start_id, start_recorded, stopped_at, meter_start_wh, meter_stop_wh, " +
        "last_meter_wh, last_meter_at, stop_reason, energy_wh, cost, currency, charging_state, last_seq_no, created_at, updated_at";

    public const string InsertSql =
        "INSERT INTO transactions (charger_id, state, started_at, charger_transaction_id, evse_id, connector_id, id_token, " +
        "id_token_type, stop_id_token, authorization_status, reservation_id, remote_start_id, start_recorded, stopped_at, " +
        "meter_start_wh, meter_stop_wh, last_meter_wh, last_meter_at, stop_reason, energy_wh, cost, currency, charging_state, " +
        "last_seq_no, created_at, updated_at) VALUES (@charger, @state, @startedAt, @chargerTx, @evse, @connector, @idToken, " +
        "@idTokenType, @stopIdToken, @authorization, @reservation, @remoteStart, @startRecorded, @stoppedAt, @meterStart, " +
        "@meterStop, @lastMeter, @lastMeterAt, @stopReason, @energy, @cost, @currency, @chargingState, @lastSeqNo, @createdAt, " +
        "@updatedAt) RETURNING id";

    public const string UpdateSql =
        "UPDATE transactions SET charger_id = @charger, state = @state, started_at = @startedAt, charger_transaction_id = @chargerTx, " +
        "evse_id = @evse, connector_id = @connector, id_token = @idToken, id_token_type = @idTokenType, stop_id_token = @stopIdToken, " +
        "authorization_status = @authorization, reservation_id = @reservation, remote_start_id = @remoteStart, " +
        "start_recorded = @startRecorded, stopped_at = @stoppedAt, meter_start_wh = @meterStart, meter_stop_wh = @meterStop, " +
        "last_meter_wh = @lastMeter, last_meter_at = @lastMeterAt, stop_reason = @stopReason, energy_wh = @energy, cost = @cost, " +
        "currency = @currency, charging_state = @chargingState, last_seq_no = @lastSeqNo, updated_at = @updatedAt WHERE id = @id";

    public const string EventColumns =
        "transaction_id, seq_no, event_type, event_at, trigger_reason, offline, received_at, charging_state, stopped_reason, " +
        "id_token, evse_id, connector_id, number_of_phases_used, remote_start_id, cable_max_current, time_spent_charging";

    public const string MeterValueColumns =
        "id, charger_id, transaction_id, evse_id, connector_id, received_at, sampled_at, value, measurand, phase, location, context, " +
        "unit, multiplier, format, signed_data, signing_method, encoding_method, public_key";

    public static TransactionRecord Read(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetEnum<TransactionState>(2), r.GetTimestamp(3))
        {
            ChargerTransactionId = r.GetTextOrNull(4),
            EvseId = r.GetIntOrNull(5),
            ConnectorId = r.GetIntOrNull(6),
            IdToken = r.GetTextOrNull(7),
            IdTokenType = r.GetTextOrNull(8),
            StopIdToken = r.GetTextOrNull(9),
            AuthorizationStatus = r.GetEnumOrNull<IdTokenStatus>(10),
            ReservationId = r.GetIntOrNull(11),
            RemoteStartId = r.GetIntOrNull(12),
            StartRecorded = r.GetBoolean(13),
            StoppedAt = r.GetTimestampOrNull(14),
            MeterStartWh = r.GetDecimalOrNull(15),
            MeterStopWh = r.GetDecimalOrNull(16),
            LastMeterWh = r.GetDecimalOrNull(17),
            LastMeterAt = r.GetTimestampOrNull(18),
            StopReason = r.GetTextOrNull(19),
            EnergyWh = r.GetDecimalOrNull(20),
            Cost = r.GetDecimalOrNull(21),
            Currency = r.GetTextOrNull(22),
            ChargingState = r.GetTextOrNull(23),
            LastSeqNo = r.GetIntOrNull(24),
            CreatedAt = r.GetTimestamp(25),
            UpdatedAt = r.GetTimestamp(26),
        };

    /// <summary>Binds every column of <see cref="InsertSql"/> / <see cref="UpdateSql"/> except the id.</summary>
    public static void Bind(DbCommand command, TransactionRecord t) =>
        command.AddText("charger", t.ChargerId).AddEnum("state", (TransactionState?)t.State).AddTimestamp("startedAt", t.StartedAt)
            .AddText("chargerTx", t.ChargerTransactionId).AddInt("evse", t.EvseId).AddInt("connector", t.ConnectorId)
            .AddText("idToken", t.IdToken).AddText("idTokenType", t.IdTokenType).AddText("stopIdToken", t.StopIdToken)
            .AddEnum("authorization", t.AuthorizationStatus).AddInt("reservation", t.ReservationId)
            .AddInt("remoteStart", t.RemoteStartId).AddBool("startRecorded", t.StartRecorded).AddTimestamp("stoppedAt", t.StoppedAt)
            .AddDecimal("meterStart", t.MeterStartWh).AddDecimal("meterStop", t.MeterStopWh).AddDecimal("lastMeter", t.LastMeterWh)
            .AddTimestamp("lastMeterAt", t.LastMeterAt).AddText("stopReason", t.StopReason).AddDecimal("energy", t.EnergyWh)
            .AddDecimal("cost", t.Cost).AddText("currency", t.Currency).AddText("chargingState", t.ChargingState)
            .AddInt("lastSeqNo", t.LastSeqNo).AddTimestamp("createdAt", t.CreatedAt).AddTimestamp("updatedAt", t.UpdatedAt);

    public static TransactionEventEntry ReadEvent(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt32(1), r.GetEnum<TransactionEventKind>(2), r.GetTimestamp(3), r.GetString(4), r.GetBoolean(5), r.GetTimestamp(6))
        {
            ChargingState = r.GetTextOrNull(7),
            StoppedReason = r.GetTextOrNull(8),
            IdToken = r.GetTextOrNull(9),
            EvseId = r.GetIntOrNull(10),
            ConnectorId = r.GetIntOrNull(11),
            NumberOfPhasesUsed = r.GetIntOrNull(12),
            RemoteStartId = r.GetIntOrNull(13),
            CableMaxCurrent = r.GetDecimalOrNull(14),
            TimeSpentChargingSeconds = r.GetIntOrNull(15),
        };

    public static MeterValueRecord ReadMeterValue(DbDataReader r) =>
        new(
            r.GetInt64(0),
            r.GetString(1),
            r.GetLongOrNull(2),
            r.GetIntOrNull(3),
            r.GetIntOrNull(4),
            new MeterSample(r.GetTimestamp(6), r.GetDecimalOrNull(7))
            {
                Measurand = r.GetString(8),
                Phase = r.GetTextOrNull(9),
                Location = r.GetString(10),
                Context = r.GetString(11),
                Unit = r.GetTextOrNull(12),
                Multiplier = r.GetInt32(13),
                Format = r.GetTextOrNull(14),
                SignedData = r.GetTextOrNull(15),
                SigningMethod = r.GetTextOrNull(16),
                EncodingMethod = r.GetTextOrNull(17),
                PublicKey = r.GetTextOrNull(18),
            },
            r.GetTimestamp(5));
}
