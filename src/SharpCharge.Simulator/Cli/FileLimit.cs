using System.Globalization;

namespace SharpCharge.Simulator.Cli;

/// <summary>
/// How many files (and so sockets) this process may open: the soft "Max open files" limit from
/// /proc/self/limits (what <c>ulimit -n</c> shows). Read from the file rather than through getrlimit so no
/// native call is needed; null where the file does not exist (not Linux).
/// </summary>
internal static class FileLimit
{
    /// <summary>Descriptors the process needs besides its stations' sockets: runtime, console, listeners.</summary>
    public const int Reserve = 100;

    public static long? Current(string path = "/proc/self/limits")
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("Max open files", StringComparison.Ordinal))
                {
                    var parts = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var soft) ? soft : null;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No procfs: nothing to check against.
        }

        return null;
    }

    /// <summary>An error message when <paramref name="stations"/> sockets do not fit under <paramref name="limit"/>, else null.</summary>
    /// <param name="what">How the user asked for the stations: "--count 25000", "the fleet file's 25000 stations".</param>
    public static string? Check(long stations, long? limit, string? what = null)
        => limit is { } max && stations + Reserve > max
            ? $"{what ?? $"--count {stations}"} needs about {stations + Reserve} open files, but this process may open {max} (ulimit -n). Use {Math.Max(0, max - Reserve)} stations or less, raise the limit, or split the stations over several processes."
            : null;
}
