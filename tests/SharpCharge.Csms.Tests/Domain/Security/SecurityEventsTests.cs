using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Tests.Support;

namespace SharpCharge.Csms.Tests.Domain.Security;

public sealed class SecurityEventsTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.408 (log a security event)")]
    public void Raise_LogsAWarningWithTheEventName_AndCountsItByType()
    {
        var logs = new CapturedLogs();
        using var provider = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddMetrics().BuildServiceProvider();
        var events = new SecurityEvents(provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<IMeterFactory>());
        var counted = new List<(long Value, string? Type)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "csms.security.events")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => counted.Add((value, tags.ToArray().Single(t => t.Key == "event").Value as string)));
        listener.Start();

        events.Raise(SecurityEventType.FailedToAuthenticateAtCsms, "CP-1", "10.0.0.7", "wrong password");

        var entry = Assert.Single(logs.Entries, e => e.EventId == SecurityEventIds.SecurityEvent);
        Assert.Equal((LogLevel.Warning, SecurityEvents.Category), (entry.Level, entry.Category));
        Assert.Equal("Security event FailedToAuthenticateAtCsms: CP-1 from 10.0.0.7: wrong password", entry.Message);
        Assert.Equal(new[] { (1L, (string?)"FailedToAuthenticateAtCsms") }, counted);
    }
}
