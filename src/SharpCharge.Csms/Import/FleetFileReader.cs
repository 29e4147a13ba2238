using System.Text;

namespace SharpCharge.Csms.Import;

/// <summary>Reads and checks a fleet file: JSON for <c>.json</c>, CSV for <c>.csv</c> (see docs/import.md).</summary>
internal static class FleetFileReader
{
    public static async Task<FleetFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FleetFileException($"{Path.GetFullPath(path)}: no such file (a relative path starts at the working directory).");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        IReadOnlyList<RawRecord> records = extension switch
        {
            ".json" => JsonFleetReader.Read(name, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)),
            ".csv" => CsvFleetReader.Read(name, await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false)),
            _ => throw new FleetFileException($"{name}: the file name must end in .json or .csv (found '{extension}')."),
        };
        return FleetRecordParser.Parse(name, records);
    }
}
