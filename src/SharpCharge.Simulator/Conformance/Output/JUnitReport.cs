using System.Globalization;
using System.Xml;

namespace SharpCharge.Simulator.Conformance;

/// <summary>
/// The results as JUnit XML, the format CI servers read: one testsuite per OCPP version, a testcase per case, a
/// failure with the reason and the transcript, and "skipped" for a case that did not apply.
/// </summary>
internal static class JUnitReport
{
    public static void Write(string path, string suiteName, IReadOnlyList<ConformanceResult> results)
    {
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Indent = true });
        writer.WriteStartDocument();
        writer.WriteStartElement("testsuites");
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", suiteName);
        writer.WriteAttributeString("tests", Number(results.Count));
        writer.WriteAttributeString("failures", Number(ResultTable.Count(results, ConformanceVerdict.Failed)));
        writer.WriteAttributeString("skipped", Number(ResultTable.Count(results, ConformanceVerdict.NotApplicable)));
        writer.WriteAttributeString("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks))));
        foreach (var result in results)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", suiteName);
            writer.WriteAttributeString("name", $"{result.Case.Id} {result.Case.Title}");
            writer.WriteAttributeString("time", Seconds(result.Duration));
            switch (result.Verdict)
            {
                case ConformanceVerdict.Failed:
                    writer.WriteStartElement("failure");
                    writer.WriteAttributeString("message", result.Reason ?? "failed");
                    writer.WriteString(string.Join('\n', result.Transcript));
                    writer.WriteEndElement();
                    break;
                case ConformanceVerdict.NotApplicable:
                    writer.WriteStartElement("skipped");
                    writer.WriteAttributeString("message", result.Reason ?? "not applicable");
                    writer.WriteEndElement();
                    break;
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
