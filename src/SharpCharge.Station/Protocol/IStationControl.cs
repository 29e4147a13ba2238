using SharpCharge.Station.Authorization;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.DeviceModel;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol;

/// <summary>What the version adapters may ask of the station when the central system sends a request.</summary>
internal interface IStationControl
{
    RegistrationState Registration { get; }

    /// <summary>The settings 1.6 configuration keys and 2.x device-model variables read and write.</summary>
    StationSettings Settings { get; }

    /// <summary>2.x: the components and variables GetVariables, SetVariables and the reports read.</summary>
    StationDeviceModel DeviceModel { get; }

    /// <summary>The local list and the authorization cache.</summary>
    LocalAuthorization Authorization { get; }

    /// <summary>Reports a change of the local list or the cache (for <see cref="StationEventKind.LocalAuthorizationChanged"/>).</summary>
    void OnLocalAuthorizationChanged(string detail);

    /// <summary>A transaction answer said something about a token: the cache learns it.</summary>
    void OnTokenInfo(string token, TokenInfo info);

    /// <summary>Local list, cache, then Authorize (or the offline rules): true when the token may start.</summary>
    ValueTask<bool> AuthorizeTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>Queues a message the station sends after answering (reports, triggered messages, status notifications).</summary>
    void Enqueue(QueuedMessage message);

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
