namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>One session a load station ran, as the station saw it: what the central system must have stored.</summary>
internal sealed class CrashSession(string localId, decimal startWh)
{
    /// <summary>The station's own transaction id (2.x transactionId; 1.6 only a local name).</summary>
    public string LocalId { get; } = localId;

    /// <summary>The meter register when the session started.</summary>
    public decimal StartWh { get; } = startWh;

    /// <summary>The meter register when the session stopped; null while it runs.</summary>
    public decimal? StopWh { get; set; }

    /// <summary>How many periodic samples (Sample.Periodic) the station took during the session.</summary>
    public int PeriodicSamples { get; set; }
}
