using SharpCharge.Station.Model;

namespace SharpCharge.Station.Protocol;

/// <summary>What the version adapters may ask of the station when the central system sends a request.</summary>
internal interface IStationControl : IStationSmartCharging
{
    RegistrationState Registration { get; }

    /// <summary>Starts a session for a remote start; null picks the first free EVSE. False when none can start.</summary>
    bool TryStartRemote(int? evseId, string idToken, int? remoteStartId, out string? transactionId);

    /// <summary>Stops the running session with this transaction id (1.6: the central system's id as text).</summary>
    bool TryStopRemote(string transactionId);

    /// <summary>Schedules a reboot once the answer has left; hard ends sessions at once.</summary>
    void RequestReset(bool hard);

    /// <summary>The answer to the session's start refused its token: the session ends (1.6 §4.5, 2.x E05).</summary>
    void OnStartRefused(Session session);

    /// <summary>1.6: StartTransaction.conf named the session's id.</summary>
    void OnTransactionIdAssigned(Session session, int transactionId);
}
