namespace SharpCharge.Csms.Domain.Transactions;

/// <summary>
/// One sampled value (1.6 MeterValue.sampledValue with its timestamp; 2.x SampledValueType). Absent fields take the
/// specification defaults when stored (measurand Energy.Active.Import.Register, context Sample.Periodic, location
/// Outlet, unit Wh for energy). A 1.6 value with format SignedData is not a number: put the blob in
/// <see cref="SignedData"/> and leave <see cref="Value"/> null.
/// </summary>
internal sealed record MeterSample(DateTimeOffset Timestamp, decimal? Value)
{
    public const string EnergyActiveImportRegister = "Energy.Active.Import.Register";
    public const string ContextTransactionBegin = "Transaction.Begin";
    public const string ContextTransactionEnd = "Transaction.End";
    public const string ContextSamplePeriodic = "Sample.Periodic";
    public const string LocationOutlet = "Outlet";
    public const string UnitWh = "Wh";
    public const string UnitKWh = "kWh";

    public string? Measurand { get; init; }

    /// <summary>L1, L2, L3, N, L1-N … ; null = the overall value.</summary>
    public string? Phase { get; init; }

    public string? Location { get; init; }

    public string? Context { get; init; }

    /// <summary>1.6 unit or 2.x unitOfMeasure.unit.</summary>
    public string? Unit { get; init; }

    /// <summary>2.x unitOfMeasure.multiplier: the value is <see cref="Value"/> × 10^multiplier <see cref="Unit"/>.</summary>
    public int Multiplier { get; init; }

    /// <summary>1.6 ValueFormat (Raw, SignedData).</summary>
    public string? Format { get; init; }

    /// <summary>2.x signedMeterValue.signedMeterData, or the 1.6 SignedData value.</summary>
    public string? SignedData { get; init; }

    public string? SigningMethod { get; init; }

    public string? EncodingMethod { get; init; }

    public string? PublicKey { get; init; }

    /// <summary>The sample with the specification's defaults filled in, as it is stored.</summary>
    public MeterSample WithDefaults()
    {
        var measurand = Measurand ?? EnergyActiveImportRegister;
        return this with
        {
            Timestamp = Timestamp.ToUniversalTime(),
            Measurand = measurand,
            Context = Context ?? ContextSamplePeriodic,
            Location = Location ?? LocationOutlet,
            Unit = Unit ?? (measurand.StartsWith("Energy.", StringComparison.Ordinal) ? UnitWh : null),
        };
    }
}
