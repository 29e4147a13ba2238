using System.Globalization;
using System.Runtime.InteropServices;

namespace SharpCharge.LoadBench;

/// <summary>A one-line description of the machine for the result tables: CPU, cores, memory, OS, runtime, load.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = Read("/proc/meminfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal)) is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0:0} GiB")
            : "unknown memory";
        var load = Read("/proc/loadavg")?.Split(' ')[0] ?? "?";
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at start";
    }

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
