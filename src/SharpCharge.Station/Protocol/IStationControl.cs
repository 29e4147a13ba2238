using SharpCharge.Station.Authorization;
using SharpCharge.Station.Certificates;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.DeviceModel;
using SharpCharge.Station.Display;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol;

/// <summary>What the version adapters may ask of the station when the central system sends a request.</summary>
internal interface IStationControl : IStationSmartCharging
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

    /// <summary>ChangeAvailability for the station (null), an EVSE or one connector.</summary>
    AvailabilityOutcome ChangeAvailability(int? evseId, int? connectorId, bool operative);

    /// <summary>UnlockConnector; <paramref name="stopSession"/> (1.6) ends a running session first, else (2.x) it is refused.</summary>
    UnlockOutcome Unlock(int evseId, int connectorId, bool stopSession);

    /// <summary>ReserveNow on an EVSE (null = any, not supported).</summary>
    ReservationOutcome Reserve(int reservationId, int? evseId, DateTimeOffset expiresAt, string idToken, string? groupId);

    /// <summary>CancelReservation: false when no such reservation exists.</summary>
    bool CancelReservation(int reservationId);

    /// <summary>Starts a simulated firmware update; true when it cancelled one still running (AcceptedCanceled).</summary>
    bool StartFirmwareUpdate(int? requestId, bool signed, string location, DateTimeOffset retrieveAt);

    /// <summary>Starts a simulated diagnostics (1.6) or log upload; the file name and whether one still running was cancelled.</summary>
    (string FileName, bool Cancelled) StartUpload(int? requestId, bool log, string location);

    void TriggerFirmwareStatus();

    void TriggerUploadStatus(bool log);

    void TriggerHeartbeat();

    /// <summary>Pending/Rejected: boot again now; Accepted: send a BootNotification through the queue.</summary>
    void TriggerBoot();

    /// <summary>False when the EVSE does not exist.</summary>
    bool TriggerStatus(int? evseId, int? connectorId);

    /// <summary>False when the EVSE does not exist.</summary>
    bool TriggerMeterValues(int? evseId, bool transactionEvents);

    /// <summary>Reports a TriggerMessage and its answer (for <see cref="StationEventKind.MessageTriggered"/>).</summary>
    void OnTriggered(string message, string answer);

    /// <summary>DataTransfer from the central system: (status, data) as named by both versions.</summary>
    (string Status, string? Data) DataTransfer(string vendorId, string? messageId, string? data);

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

    /// <summary>2.x SetDisplayMessage (O01, O02, O06).</summary>
    DisplayOutcome SetDisplayMessage(DisplayMessage message);

    /// <summary>2.x GetDisplayMessages: the configured messages matching every given criterion (O03, O04).</summary>
    IReadOnlyList<DisplayMessage> FindDisplayMessages(IReadOnlyCollection<int>? ids, string? priority, string? state);

    /// <summary>2.x ClearDisplayMessage: false when no message has the id (O05).</summary>
    bool ClearDisplayMessage(int id);

    /// <summary>2.x CostUpdated: the running session's total cost.</summary>
    void OnCostUpdated(string transactionId, decimal totalCost);

    /// <summary>2.x GetTransactionStatus (E14): whether it runs (null without an id) and whether its messages wait.</summary>
    (bool? Ongoing, bool MessagesInQueue) TransactionStatus(string? transactionId);

    /// <summary>InstallCertificate of a trust anchor; <paramref name="use"/> as 2.x spells it.</summary>
    (InstallOutcome Outcome, string? Reason) InstallCertificate(string use, string pem);

    /// <summary>GetInstalledCertificateIds: the certificates of those uses (all when none or empty).</summary>
    IReadOnlyList<InstalledCertificate> FindCertificates(IReadOnlyCollection<string>? uses);

    DeleteOutcome DeleteCertificate(CertificateHash hash);

    /// <summary>A new key pair for the use (ChargingStationCertificate, V2GCertificate) and its CSR in PEM.</summary>
    string CreateSigningRequest(string use);

    /// <summary>CertificateSigned: true when the chain fits the last CSR; else it is discarded and <paramref name="invalidEventType"/> reported.</summary>
    bool CertificateSigned(string use, string chainPem, string invalidEventType);

    /// <summary>2.x CustomerInformation: the report and/or clearing of what the station holds about the token, as text (N09, N10).</summary>
    string CustomerInformation(string? idToken, bool report, bool clear);
}
