using System.Globalization;

namespace SharpCharge.LoadBench;

/// <summary>A process's resident memory and CPU time, read from /proc (Linux).</summary>
internal static class ProcessUsage
{
    // USER_HZ, the unit of utime and stime in /proc/<pid>/stat: 100 on every Linux this runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>Resident set size in bytes (VmRSS).</summary>
    public static long RssBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>User plus system CPU time so far, in seconds.</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may contain spaces; the fields after its closing parenthesis do not.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime and stime are fields 14 and 15 of the whole line, so 12 and 13 after the name.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    /// <summary>Measures CPU use (share of one core) over <paramref name="window"/>.</summary>
    public static async Task<double> CpuShareAsync(int pid, TimeSpan window)
    {
        var before = CpuSeconds(pid);
        await Task.Delay(window).ConfigureAwait(false);
        return (CpuSeconds(pid) - before) / window.TotalSeconds;
    }
}
