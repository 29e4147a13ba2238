using System.Diagnostics;
using System.Diagnostics.Metrics;
using SharpCharge.Ocpp.Messages;

namespace SharpCharge.Ocpp.Diagnostics;

/// <summary>
/// The protocol library's instruments, created from an <see cref="IMeterFactory"/> so each host (and each test
/// server) has its own. Give one to <see cref="Rpc.OcppConnectionOptions.Metrics"/>; connections without it
/// record nothing. Tags are strings the library already holds, so recording allocates nothing.
/// </summary>
public sealed class OcppMetrics
{
    /// <summary>The meter's name, for listeners and exporters.</summary>
    public const string MeterName = "SharpCharge.Ocpp";

    /// <summary>What became of an incoming CALL: answered with a CALLRESULT or with a CALLERROR.</summary>
    public const string Answered = "callresult";

    public const string Refused = "callerror";

    private readonly Counter<long> _callsHandled;
    private readonly Histogram<double> _handlerDuration;
    private readonly Counter<long> _callErrorsSent;
    private readonly Counter<long> _callErrorsReceived;
    private readonly Counter<long> _callsSent;
    private readonly Histogram<double> _callDuration;

    public OcppMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _callsHandled = meter.CreateCounter<long>("ocpp.calls.handled", "{call}", "Incoming CALLs by action and result (callresult or callerror).");
        _handlerDuration = meter.CreateHistogram<double>("ocpp.handler.duration", "s", "Time from reading an incoming CALL to its answer being ready, by action.");
        _callErrorsSent = meter.CreateCounter<long>("ocpp.callerrors.sent", "{message}", "CALLERRORs (and 2.1 CALLRESULTERRORs) sent, by error code.");
        _callErrorsReceived = meter.CreateCounter<long>("ocpp.callerrors.received", "{message}", "CALLERRORs received in answer to our CALLs, by error code.");
        _callsSent = meter.CreateCounter<long>("ocpp.calls.sent", "{call}", "Outgoing CALLs by action and outcome (callresult, callerror, timeout, closed, cancelled, invalid).");
        _callDuration = meter.CreateHistogram<double>("ocpp.call.duration", "s", "Round trip of outgoing CALLs, from sending to the answer, by action and outcome.");
    }

    internal void CallHandled(OcppAction action, long startedTimestamp, string result)
    {
        var version = Label(action.Version);
        _callsHandled.Add(1, new("ocpp.version", version), new("ocpp.action", action.Name), new("ocpp.result", result));
        _handlerDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, new("ocpp.version", version), new("ocpp.action", action.Name));
    }

    internal void CallErrorSent(OcppVersion version, string wireCode)
        => _callErrorsSent.Add(1, new("ocpp.version", Label(version)), new("ocpp.error_code", wireCode));

    internal void CallErrorReceived(OcppVersion version, string wireCode)
        => _callErrorsReceived.Add(1, new("ocpp.version", Label(version)), new("ocpp.error_code", wireCode));

    internal void CallFinished(OcppAction action, long sentTimestamp, string outcome)
    {
        var version = Label(action.Version);
        _callsSent.Add(1, new("ocpp.version", version), new("ocpp.action", action.Name), new("ocpp.outcome", outcome));
        _callDuration.Record(Stopwatch.GetElapsedTime(sentTimestamp).TotalSeconds, new("ocpp.version", version), new("ocpp.action", action.Name), new("ocpp.outcome", outcome));
    }

    /// <summary>The version as operators write it, used as a tag value everywhere (1.6, 2.0.1, 2.1).</summary>
    public static string Label(OcppVersion version) => version switch
    {
        OcppVersion.V16 => "1.6",
        OcppVersion.V201 => "2.0.1",
        _ => "2.1",
    };
}
