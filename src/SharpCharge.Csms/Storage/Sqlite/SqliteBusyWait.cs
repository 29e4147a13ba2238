using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace SharpCharge.Csms.Storage.Sqlite;

/// <summary>
/// How a connection waits for SQLite's write lock: in steps of milliseconds rather than whole seconds. The e_sqlite3
/// library of SQLitePCLRaw 2.0.6 (the version this project builds with) is compiled without HAVE_USLEEP, so SQLite's
/// own busy handler (<c>PRAGMA busy_timeout</c>) sleeps a full second whenever a writer finds the database locked
/// (there, <c>sqlite3_sleep(10)</c> sleeps 1,000 ms), however soon the other writer is done. Every such collision
/// held a charger's message (and so its status on the dashboard) back by a second, two in a row by two. This handler
/// sleeps 1, 2, 5 … 100 ms between attempts, as SQLite's does when built with usleep, until the busy timeout.
/// </summary>
internal static class SqliteBusyWait
{
    // SQLite's own schedule (sqliteDefaultBusyCallback): the pause before each attempt, then 100 ms each.
    private static readonly int[] Delays = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];

    // SQLite keeps the function pointer for the life of the connection: the delegate must never be collected.
    private static readonly BusyHandler Handler = OnBusy;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr timeoutMilliseconds, int attempts);

    /// <summary>Replaces the connection's busy handler; waits at most <paramref name="timeoutMilliseconds"/> per lock.</summary>
    public static void Install(SqliteConnection connection, int timeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = sqlite3_busy_handler(handle.DangerousGetHandle(), Handler, timeoutMilliseconds);
        if (rc != 0)
        {
            throw new InvalidOperationException($"SQLite refused the busy handler (error {rc}).");
        }
    }

    /// <summary>The pause before attempt <paramref name="attempts"/> + 1, or 0 to give up (SQLITE_BUSY).</summary>
    internal static int PauseMilliseconds(int attempts, int timeoutMilliseconds)
    {
        var waited = 0;
        for (var i = 0; i < attempts; i++)
        {
            waited += i < Delays.Length ? Delays[i] : Delays[^1];
        }

        var pause = Math.Min(attempts < Delays.Length ? Delays[attempts] : Delays[^1], timeoutMilliseconds - waited);
        return Math.Max(pause, 0);
    }

    // Runs inside sqlite3_step, which blocks its thread anyway (as SQLite's own handler does): sleeping here is the wait.
    private static int OnBusy(IntPtr timeoutMilliseconds, int attempts)
    {
        var pause = PauseMilliseconds(attempts, (int)timeoutMilliseconds);
        if (pause <= 0)
        {
            return 0;
        }

        Thread.Sleep(pause);
        return 1;
    }

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyHandler handler, IntPtr state);
}
