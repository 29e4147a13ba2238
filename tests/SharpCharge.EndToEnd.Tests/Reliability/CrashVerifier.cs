using SharpCharge.Csms.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// Compares what the stations did with what the central system stored: every session is one transaction (no loss,
/// no duplicate), ended, with the station's start and stop registers and their difference as its energy; every
/// periodic sample is stored once; the register never goes backwards; 2.x seqNos run from 0 without a gap, Started
/// first and Ended last; the stored connector status is the station's; no station dropped a message.
/// </summary>
internal static class CrashVerifier
{
    public static async Task<List<string>> CheckAsync(StorageBackend storage, IEnumerable<CrashLoadStation> stations)
    {
        var problems = new List<string>();
        await using var stored = new StoredRun(storage.Provider, storage.ConnectionString);
        foreach (var station in stations)
        {
            await CheckStationAsync(stored, station, problems);
        }

        return problems;
    }

    private static async Task CheckStationAsync(StoredRun stored, CrashLoadStation station, List<string> problems)
    {
        var sessions = station.Sessions;
        var transactions = await stored.TransactionsAsync(station.Id);
        if (transactions.Count != sessions.Count)
        {
            problems.Add($"{station.Id}: the station ran {sessions.Count} sessions, the database holds {transactions.Count} transactions.");
        }

        foreach (var dropped in station.Dropped)
        {
            problems.Add($"{station.Id}: the station dropped a message ({dropped}).");
        }

        var byLocalId = transactions.Where(t => t.ChargerTransactionId is not null).ToDictionary(t => t.ChargerTransactionId!);
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            // 1.6 transactions are numbered by the central system: sessions run one after another, so order matches them.
            var transaction = station.Version == OcppVersion.V16
                ? (i < transactions.Count ? transactions[i] : null)
                : byLocalId.GetValueOrDefault(session.LocalId);
            if (transaction is null)
            {
                problems.Add($"{station.Id}: session {session.LocalId} is not in the database.");
                continue;
            }

            await CheckTransactionAsync(stored, station, session, transaction, problems);
        }

        var expectedStatus = station.Station.GetConnectorStatus(1).ToString();
        foreach (var status in await stored.ConnectorStatusesAsync(station.Id))
        {
            if (status != expectedStatus)
            {
                problems.Add($"{station.Id}: the stored connector status is {status}, the station's is {expectedStatus}.");
            }
        }
    }

    private static async Task CheckTransactionAsync(StoredRun stored, CrashLoadStation station, CrashSession session, StoredTransaction transaction, List<string> problems)
    {
        var name = $"{station.Id} transaction {transaction.Id} (session {session.LocalId})";
        if (session.StopWh is not { } stopWh)
        {
            problems.Add($"{name}: the station never stopped it.");
            return;
        }

        // 1.6 meterStart and meterStop are whole Wh (integers on the wire).
        var is16 = station.Version == OcppVersion.V16;
        var start = is16 ? decimal.Floor(session.StartWh) : session.StartWh;
        var stop = is16 ? decimal.Floor(stopWh) : stopWh;
        if (transaction.State != "Ended")
        {
            problems.Add($"{name}: state {transaction.State}, expected Ended.");
        }

        if (transaction.MeterStartWh != start || transaction.MeterStopWh != stop || transaction.EnergyWh != stop - start)
        {
            problems.Add($"{name}: stored start {transaction.MeterStartWh}, stop {transaction.MeterStopWh}, energy {transaction.EnergyWh}; the station's were {start}, {stop}, {stop - start}.");
        }

        var periodic = await stored.EnergySamplesAsync(transaction.Id, "Sample.Periodic");
        if (periodic.Count != session.PeriodicSamples)
        {
            problems.Add($"{name}: the station took {session.PeriodicSamples} periodic samples, the database holds {periodic.Count}.");
        }

        var register = await stored.EnergySamplesAsync(transaction.Id, null);
        for (var i = 0; i < register.Count; i++)
        {
            if ((i > 0 && register[i] < register[i - 1]) || register[i] < start || register[i] > stopWh)
            {
                problems.Add($"{name}: the register is not monotonic within [{start}, {stopWh}]: {string.Join(", ", register)}.");
                break;
            }
        }

        if (!is16)
        {
            var events = await stored.EventsAsync(transaction.Id);
            var contiguous = events.Select((e, i) => e.SeqNo == i).All(ok => ok);
            if (events.Count < 2 || !contiguous || events[0].EventType != "Started" || events[^1].EventType != "Ended")
            {
                problems.Add($"{name}: its TransactionEvents are {string.Join(", ", events.Select(e => $"{e.SeqNo}:{e.EventType}"))}; expected seqNo 0..n without a gap, Started first, Ended last.");
            }
        }
    }
}
