namespace SharpCharge.Station.Protocol;

/// <summary>Why a meter sample is taken, mapped to the versions' reading context and 2.x trigger reason.</summary>
internal enum MeterContext
{
    /// <summary>Every sample interval from the transaction's start (Sample.Periodic, MeterValuePeriodic).</summary>
    Periodic,

    /// <summary>On a clock-aligned boundary (Sample.Clock, MeterValueClock).</summary>
    Clock,

    /// <summary>Asked for by TriggerMessage (Trigger).</summary>
    Trigger,
}
