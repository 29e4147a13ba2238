namespace SharpCharge.Station;

/// <summary>
/// What the vehicle on an EVSE draws. The station asks on every meter tick during a session and does the
/// electrical bookkeeping itself (energy register, current from power, voltage and phases), so a load model
/// only decides how much power the vehicle takes and what its state of charge is. The simulator's EV model
/// implements it; without one the station draws everything it offers.
/// </summary>
public interface IEvseLoad
{
    /// <summary>
    /// The vehicle's demand over the interval that just ended. <paramref name="offeredW"/> is the most the EVSE
    /// offers right now (its rating, lowered by charging profiles); the answer's power must not exceed it.
    /// </summary>
    EvseDemand Demand(int evseId, string transactionId, TimeSpan elapsed, decimal offeredW);
}
