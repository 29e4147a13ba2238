namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// What a message's samples can change in a running transaction's meter readings, taken from the samples alone so the
/// store can apply it without reading the transaction first. Applying it gives what
/// <see cref="TransactionMath.ApplySamples"/> gives for the same samples:
/// <list type="bullet">
/// <item>meter start becomes <see cref="BeginWh"/> while the start is not recorded and the samples hold a
/// Transaction.Begin reading (the last one wins); otherwise, when no start is known, <see cref="FirstWh"/>;</item>
/// <item>the last reading becomes <see cref="NewestWh"/> at <see cref="NewestAt"/> unless the stored one is newer (the
/// newest sample is the last one with the greatest timestamp: every later sample is older and loses to it).</item>
/// </list>
/// </summary>
internal readonly record struct MeterReadings(decimal? FirstWh, decimal? BeginWh, decimal? NewestWh, DateTimeOffset? NewestAt)
{
    /// <summary>False when the samples hold no energy register reading: nothing in the transaction changes.</summary>
    public bool HasReading => NewestWh is not null;

    /// <summary>The readings among <paramref name="samples"/> (with defaults).</summary>
    public static MeterReadings From(IReadOnlyList<MeterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        decimal? first = null, begin = null, newest = null;
        DateTimeOffset? newestAt = null;
        foreach (var sample in samples)
        {
            if (EnergyRegister.ToWh(sample) is not { } wh)
            {
                continue;
            }

            if (first is null && sample.Context != MeterSample.ContextTransactionEnd)
            {
                first = wh;
            }

            if (sample.Context == MeterSample.ContextTransactionBegin)
            {
                begin = wh;
            }

            if (newestAt is not { } at || sample.Timestamp >= at)
            {
                (newest, newestAt) = (wh, sample.Timestamp);
            }
        }

        return new MeterReadings(first, begin, newest, newestAt);
    }
}
