using SharpCharge.Ocpp.SmartCharging;
using SharpCharge.Station.Queue;
using SharpCharge.Station.SmartCharging;

namespace SharpCharge.Station.Protocol;

/// <summary>What the version adapters may ask of the station for smart charging (1.6 §3.13, 2.x block K).</summary>
internal interface IStationSmartCharging
{
    int EvseCount { get; }

    /// <summary>Installs a profile the central system sent for <paramref name="evseId"/> (0 = the station).</summary>
    ProfileDecision SetChargingProfile(int evseId, ChargingProfile profile, ProfileRules rules);

    /// <summary>Clears by id, or by the given criteria (AND); false when nothing matched.</summary>
    bool ClearChargingProfiles(int? id, int? evseId, ChargingProfilePurpose? purpose, int? stackLevel);

    /// <summary>The composite schedule of <paramref name="evseId"/> (0: the station's grid draw) from now; null when the EVSE is unknown.</summary>
    CompositeSchedule? CompositeSchedule(int evseId, int duration, ChargingRateUnit unit);

    /// <summary>A snapshot of every installed profile with the EVSE it is on.</summary>
    IReadOnlyList<(int EvseId, ChargingProfile Profile)> ChargingProfiles();

    /// <summary>Binds the TxProfile of a remote start to the session it started (by the station's transaction id).</summary>
    void InstallRemoteStartProfile(string transactionId, ChargingProfile profile);

    /// <summary>Queues a message the station sends on its own after answering (ReportChargingProfiles).</summary>
    void Send(QueuedMessage message);
}
