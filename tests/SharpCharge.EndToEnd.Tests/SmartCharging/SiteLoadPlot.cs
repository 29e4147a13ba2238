using System.Globalization;
using System.Text;

namespace SharpCharge.EndToEnd.Tests.SmartCharging;

/// <summary>
/// Writes a simulated site day as CSV (one row per meter interval: site power, capacity, each charger's limit) and as
/// an SVG chart drawn by hand: site power against capacity above, the per-charger limits below. Files go to the test's
/// output folder, or to <c>SHARPCHARGE_PLOT_DIR</c> when set (docs/images regenerates the charts of
/// docs/smart-charging.md).
/// </summary>
internal static class SiteLoadPlot
{
    private const int Width = 960;
    private const int Left = 60;
    private const int Right = 20;
    private const int TopHeight = 260;
    private const int BottomTop = 330;
    private const int BottomHeight = 150;
    private const int Height = 520;

    public static void Write(SiteDay day, string name, decimal capacityKw, (DateTimeOffset At, decimal Kw)? capacityChange)
    {
        var folder = Environment.GetEnvironmentVariable("SHARPCHARGE_PLOT_DIR") is { Length: > 0 } dir ? dir : AppContext.BaseDirectory;
        Directory.CreateDirectory(folder);
        var rows = Rows(day, capacityKw, capacityChange);
        File.WriteAllText(Path.Combine(folder, name + ".csv"), Csv(rows, day));
        File.WriteAllText(Path.Combine(folder, name + ".svg"), Svg(rows, day, capacityKw));
    }

    private static List<Row> Rows(SiteDay day, decimal capacityKw, (DateTimeOffset At, decimal Kw)? change)
    {
        var chargers = ChargerIds(day);
        var sessionsOf = day.Sessions.ToDictionary(s => s.Id);
        var limits = day.Limits.OrderBy(l => l.At).ToList();
        var rows = new List<Row>();
        foreach (var (from, kw, _) in day.SitePower())
        {
            var end = from + SiteDay.MeterInterval;
            var capacity = change is { } c && from >= c.At ? c.Kw : capacityKw;
            var perCharger = new decimal?[chargers.Count];
            for (var i = 0; i < chargers.Count; i++)
            {
                // The limit of the charger's running session at the end of the interval, if any.
                var last = limits.LastOrDefault(l => l.ChargerId == chargers[i] && l.At <= end);
                if (last is not null && sessionsOf.TryGetValue(last.TransactionId, out var session) && (session.StoppedAt ?? DateTimeOffset.MaxValue) > end)
                {
                    perCharger[i] = last.LimitW / 1000m;
                }
            }

            rows.Add(new Row((from - day.Start).TotalHours, kw, capacity, perCharger));
        }

        return rows;
    }

    private static List<string> ChargerIds(SiteDay day) => [.. day.Sessions.Select(s => s.ChargerId).Distinct().Order(StringComparer.Ordinal)];

    private static string Csv(List<Row> rows, SiteDay day)
    {
        var text = new StringBuilder("hour,site_kw,capacity_kw");
        foreach (var charger in ChargerIds(day))
        {
            text.Append(",limit_kw_").Append(charger);
        }

        text.AppendLine();
        foreach (var row in rows)
        {
            text.Append(F(row.Hour)).Append(',').Append(F(row.SiteKw)).Append(',').Append(F(row.CapacityKw));
            foreach (var limit in row.Limits)
            {
                text.Append(',').Append(limit is { } l ? F(l) : string.Empty);
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Svg(List<Row> rows, SiteDay day, decimal capacityKw)
    {
        var hours = Math.Max(1, Math.Ceiling(rows.Count == 0 ? 1 : rows[^1].Hour + (SiteDay.MeterInterval.TotalHours)));
        var topMax = (double)Math.Ceiling(capacityKw * 1.2m / 500m) * 500;
        var limitMax = Math.Max(50, Math.Ceiling(rows.SelectMany(r => r.Limits).Select(l => (double)(l ?? 0)).DefaultIfEmpty(0).Max() / 50) * 50);
        double X(double hour) => Left + ((Width - Left - Right) * hour / hours);
        double YTop(double kw) => 20 + (TopHeight * (1 - (kw / topMax)));
        double YBottom(double kw) => BottomTop + (BottomHeight * (1 - (kw / limitMax)));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"14\" font-size=\"13\">Site power (stored meter values) and capacity, {SiteDay.Chargers} chargers, kW</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{BottomTop - 10}\" font-size=\"13\">Limit the balancer set for each charger's session, kW</text>\n");
        for (var h = 0; h <= hours; h += 2)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(h))}\" y1=\"20\" x2=\"{F(X(h))}\" y2=\"{BottomTop + BottomHeight}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(h))}\" y=\"{BottomTop + BottomHeight + 16}\" text-anchor=\"middle\">{h:00}:00</text>\n");
        }

        for (var kw = 0.0; kw <= topMax; kw += 500)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(YTop(kw))}\" x2=\"{Width - Right}\" y2=\"{F(YTop(kw))}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(YTop(kw) + 4)}\" text-anchor=\"end\">{kw:0}</text>\n");
        }

        for (var kw = 0.0; kw <= limitMax; kw += 50)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(YBottom(kw))}\" x2=\"{Width - Right}\" y2=\"{F(YBottom(kw))}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(YBottom(kw) + 4)}\" text-anchor=\"end\">{kw:0}</text>\n");
        }

        // Per-charger limits: one thin step line each, broken where the charger has no session.
        var chargers = ChargerIds(day);
        for (var i = 0; i < chargers.Count; i++)
        {
            svg.Append(Steps(rows, r => r.Limits[i] is { } l ? (double)l : null, X, YBottom, $"hsl({i * 360 / Math.Max(1, chargers.Count)},55%,55%)", 0.8, null));
        }

        svg.Append(Steps(rows, r => (double)r.CapacityKw, X, YTop, "#c0392b", 2, "6 4"));
        svg.Append(Steps(rows, r => (double)r.SiteKw, X, YTop, "#2c7fb8", 1.6, null));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 200}\" y=\"34\" fill=\"#2c7fb8\">site power</text><text x=\"{Width - Right - 110}\" y=\"34\" fill=\"#c0392b\">capacity</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Steps(List<Row> rows, Func<Row, double?> value, Func<double, double> x, Func<double, double> y, string color, double width, string? dash)
    {
        var text = new StringBuilder();
        var points = new List<string>();
        void Flush()
        {
            if (points.Count > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{F(width)}\"{(dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"")} points=\"{string.Join(' ', points)}\"/>\n");
            }

            points.Clear();
        }

        foreach (var row in rows)
        {
            if (value(row) is not { } v)
            {
                Flush();
                continue;
            }

            var end = row.Hour + SiteDay.MeterInterval.TotalHours;
            points.Add($"{F(x(row.Hour))},{F(y(v))}");
            points.Add($"{F(x(end))},{F(y(v))}");
        }

        Flush();
        return text.ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string F(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record Row(double Hour, decimal SiteKw, decimal CapacityKw, decimal?[] Limits);
}
