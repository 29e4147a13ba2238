using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Diagnostics;

/// <summary>
/// Collects this host's instruments (those created by its own <see cref="IMeterFactory"/> under the SharpCharge
/// meters) and writes them in the Prometheus text exposition format (version 0.0.4). Counters and histograms
/// are aggregated as measurements arrive (one short lock, no allocation once a series exists); observable
/// gauges are read at scrape time.
/// </summary>
internal sealed class PrometheusMetrics : IDisposable
{
    // Seconds from 0.5 ms to 30 s, and batch sizes from 1 to 1,000: wide enough for a handler, a command that
    // waits for a charger, and a group commit.
    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
    private static readonly double[] CountBuckets = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    private readonly MeterListener _listener = new();
    private readonly IMeterFactory _scope;
    private readonly Lock _gate = new();
    private readonly Dictionary<Instrument, Family> _families = [];

    public PrometheusMetrics(IMeterFactory meterFactory)
    {
        _scope = meterFactory;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, _scope) && instrument.Meter.Name is OcppMetrics.MeterName or CsmsMetrics.MeterName)
            {
                lock (_gate)
                {
                    _families[instrument] = new Family(instrument);
                }

                listener.EnableMeasurementEvents(instrument, this);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (instrument, value, tags, state) => ((PrometheusMetrics)state!).Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>(static (instrument, value, tags, state) => ((PrometheusMetrics)state!).Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>(static (instrument, value, tags, state) => ((PrometheusMetrics)state!).Record(instrument, value, tags));
        _listener.Start();
    }

    public string Scrape()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        lock (_gate)
        {
            foreach (var family in _families.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                family.WriteTo(text);
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (_gate)
        {
            if (_families.TryGetValue(instrument, out var family))
            {
                family.Record(value, tags);
            }
        }
    }

    /// <summary>One instrument: its Prometheus name and type, and one series per distinct tag set.</summary>
    private sealed class Family
    {
        private readonly Instrument _instrument;
        private readonly string _type;
        private readonly double[]? _buckets;
        private readonly Dictionary<SeriesKey, Series> _series = [];

        public Family(Instrument instrument)
        {
            _instrument = instrument;
            var baseName = Sanitize(instrument.Name);
            var unit = instrument.Unit == "s" ? "_seconds" : "";
            (Name, _type, _buckets) = instrument switch
            {
                Counter<long> or Counter<int> or Counter<double> => ($"{baseName}{unit}_total", "counter", null),
                Histogram<long> or Histogram<int> or Histogram<double> => ($"{baseName}{unit}", "histogram", unit.Length > 0 ? SecondsBuckets : CountBuckets),
                _ => ($"{baseName}{unit}", "gauge", (double[]?)null),
            };
        }

        public string Name { get; }

        public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var key = new SeriesKey(tags);
            if (!_series.TryGetValue(key, out var series))
            {
                series = new Series(Labels(tags), _buckets);
                _series[key] = series;
            }

            switch (_type)
            {
                case "counter":
                    series.Sum += value;
                    break;
                case "gauge":
                    series.Sum = value;
                    break;
                default:
                    series.Observe(value, _buckets!);
                    break;
            }
        }

        public void WriteTo(StringBuilder text)
        {
            var help = (_instrument.Description ?? _instrument.Name).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            text.Append("# HELP ").Append(Name).Append(' ').Append(help).Append('\n');
            text.Append("# TYPE ").Append(Name).Append(' ').Append(_type).Append('\n');
            foreach (var series in _series.Values)
            {
                if (_type != "histogram")
                {
                    text.Append(Name).Append(Braced(series.Labels, null)).Append(' ').Append(Number(series.Sum)).Append('\n');
                    continue;
                }

                long cumulative = 0;
                for (var i = 0; i < _buckets!.Length; i++)
                {
                    cumulative += series.Buckets![i];
                    text.Append(Name).Append("_bucket").Append(Braced(series.Labels, $"le=\"{Number(_buckets[i])}\"")).Append(' ').Append(cumulative).Append('\n');
                }

                text.Append(Name).Append("_bucket").Append(Braced(series.Labels, "le=\"+Inf\"")).Append(' ').Append(series.Count).Append('\n');
                text.Append(Name).Append("_sum").Append(Braced(series.Labels, null)).Append(' ').Append(Number(series.Sum)).Append('\n');
                text.Append(Name).Append("_count").Append(Braced(series.Labels, null)).Append(' ').Append(series.Count).Append('\n');
            }
        }

        private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var parts = new List<string>(tags.Length);
            foreach (var (key, value) in tags)
            {
                var escaped = Convert.ToString(value, CultureInfo.InvariantCulture)?
                    .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
                parts.Add($"{Sanitize(key)}=\"{escaped}\"");
            }

            parts.Sort(StringComparer.Ordinal);
            return string.Join(',', parts);
        }

        private static string Braced(string labels, string? extra)
        {
            var all = extra is null ? labels : labels.Length == 0 ? extra : $"{labels},{extra}";
            return all.Length == 0 ? "" : $"{{{all}}}";
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        // Prometheus names allow [a-zA-Z0-9_:]; OpenTelemetry names use dots.
        private static string Sanitize(string name)
        {
            var chars = name.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] != '_')
                {
                    chars[i] = '_';
                }
            }

            return new string(chars);
        }
    }

    private sealed class Series(string labels, double[]? buckets)
    {
        public string Labels { get; } = labels;

        public long[]? Buckets { get; } = buckets is null ? null : new long[buckets.Length];

        public double Sum { get; set; }

        public long Count { get; private set; }

        public void Observe(double value, double[] bounds)
        {
            Sum += value;
            Count++;
            var index = Array.BinarySearch(bounds, value);
            index = index >= 0 ? index : ~index;
            if (index < bounds.Length)
            {
                Buckets![index]++;
            }
        }
    }

    /// <summary>A tag set as a dictionary key: our instruments carry at most three tags, all strings or numbers.</summary>
    private readonly record struct SeriesKey
    {
        public SeriesKey(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            Count = tags.Length;
            First = tags.Length > 0 ? tags[0].Value : null;
            Second = tags.Length > 1 ? tags[1].Value : null;
            Third = tags.Length > 2 ? tags[2].Value : null;
            Rest = tags.Length > 3 ? string.Join('|', tags[3..].ToArray().Select(t => $"{t.Key}={t.Value}")) : null;
        }

        public int Count { get; }

        public object? First { get; }

        public object? Second { get; }

        public object? Third { get; }

        public string? Rest { get; }
    }
}
