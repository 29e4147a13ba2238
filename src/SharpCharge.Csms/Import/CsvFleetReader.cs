using System.Text;

namespace SharpCharge.Csms.Import;

/// <summary>
/// Reads a CSV fleet file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes,
/// <c>""</c> for a quote). The first row names the columns, the same names as the JSON fields; the column
/// <c>record</c> says what each row is (<c>station</c>, <c>charger</c> or <c>token</c>), so one sheet holds a whole
/// fleet. An empty cell leaves the field unset; blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
internal static class CsvFleetReader
{
    public const string RecordColumn = "record";

    public static IReadOnlyList<RawRecord> Read(string fileName, string text)
    {
        var rows = Rows(fileName, text).ToList();
        if (rows.Count == 0)
        {
            throw new FleetFileException($"{fileName}: the file is empty; the first row must name the columns, among them '{RecordColumn}'.");
        }

        var (headerLine, header) = rows[0];
        var names = header.Select(h => h.Trim()).ToArray();
        var recordColumn = Array.IndexOf(names, RecordColumn);
        if (recordColumn < 0)
        {
            throw new FleetFileException($"{fileName} line {headerLine}: the header needs a column '{RecordColumn}' (station, charger or token per row).");
        }

        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FleetFileException($"{fileName} line {headerLine}: the column '{duplicate.Key}' appears twice.");
        }

        var records = new List<RawRecord>(rows.Count - 1);
        foreach (var (line, cells) in rows.Skip(1))
        {
            if (cells.Count > names.Length)
            {
                throw new FleetFileException($"{fileName} line {line}: {cells.Count} cells but the header names {names.Length} columns.");
            }

            var kindText = recordColumn < cells.Count ? cells[recordColumn].Trim() : "";
            var kind = kindText.ToLowerInvariant() switch
            {
                "station" => RecordKind.Station,
                "charger" => RecordKind.Charger,
                "token" => RecordKind.Token,
                _ => throw new FleetFileException($"{fileName} line {line}: {RecordColumn} must be station, charger or token (found '{kindText}')."),
            };

            var fields = new Dictionary<string, RawField>(StringComparer.Ordinal);
            for (var i = 0; i < cells.Count; i++)
            {
                if (i != recordColumn && cells[i].Length > 0)
                {
                    fields[names[i]] = new RawField(names[i], cells[i], line, names[i]);
                }
            }

            records.Add(new RawRecord(kind, line, $"{kindText.ToLowerInvariant()} row", fields));
        }

        return records;
    }

    /// <summary>The rows with the line each starts on; a quoted field may span lines.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> Rows(string fileName, string text)
    {
        var line = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var start = line;
            if (text[i] is '\r' or '\n' || (text[i] == '#' && (i == 0 || text[i - 1] == '\n')))
            {
                // A blank line or a comment line.
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                i++;
                line++;
                continue;
            }

            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            while (i < text.Length)
            {
                var c = text[i++];
                if (quoted)
                {
                    if (c == '"' && i < text.Length && text[i] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        cell.Append(c);
                    }
                }
                else if (c == '"' && cell.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\n')
                {
                    line++;
                    break;
                }
                else if (c != '\r')
                {
                    cell.Append(c);
                }
            }

            if (quoted)
            {
                throw new FleetFileException($"{fileName} line {start}: a quoted field is not closed.");
            }

            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
