using System.Globalization;
using System.Text.Json;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Station.Authorization;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V16;

/// <summary>
/// The OCPP 1.6 side of a station. 1.6 numbers connectors 1..N across the charge point, so EVSE n is
/// connector n here (a 1.6 station has one connector per EVSE).
/// </summary>
internal sealed partial class V16StationProtocol : IStationProtocol
{
    private readonly ChargingStationOptions _options;
    private readonly IStationControl _station;
    private readonly TimeProvider _time;

    public V16StationProtocol(ChargingStationOptions options, IStationControl station, TimeProvider time)
    {
        _options = options;
        _station = station;
        _time = time;
        Router = OcppRouter.Create(V16Actions.Catalogue, new Handlers(station), new ConfigurationHandlers(station), new AuthorizationHandlers(station), new OperationHandlers(station), new SmartChargingHandlers(station), new CertificateHandlers(station));
    }

    public OcppRouter Router { get; }

    public bool ReportsConnectorZero => true;

    public async ValueTask<BootAnswer> BootAsync(OcppConnection connection, BootCause cause, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(
            new BootNotificationRequest
            {
                ChargePointVendor = _options.Vendor,
                ChargePointModel = _options.Model,
                ChargePointSerialNumber = _options.SerialNumber,
                FirmwareVersion = _options.FirmwareVersion,
            },
            cancellationToken).ConfigureAwait(false);
        var registration = answer.Status switch
        {
            RegistrationStatus.Accepted => RegistrationState.Accepted,
            RegistrationStatus.Pending => RegistrationState.Pending,
            _ => RegistrationState.Rejected,
        };
        return new BootAnswer(registration, TimeSpan.FromSeconds(answer.Interval), answer.CurrentTime);
    }

    public async ValueTask<DateTimeOffset> HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken)
        => (await connection.CallAsync(new HeartbeatRequest(), cancellationToken).ConfigureAwait(false)).CurrentTime;

    public async ValueTask<TokenInfo> AuthorizeAsync(OcppConnection connection, string idToken, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(new AuthorizeRequest { IdTag = idToken }, cancellationToken).ConfigureAwait(false);
        return InfoOf(answer.IdTagInfo);
    }

    internal static TokenInfo InfoOf(IdTagInfo info) => new(
        info.Status switch
        {
            AuthorizationStatus.Accepted => TokenStatus.Accepted,
            AuthorizationStatus.Blocked => TokenStatus.Blocked,
            AuthorizationStatus.Expired => TokenStatus.Expired,
            AuthorizationStatus.ConcurrentTx => TokenStatus.ConcurrentTx,
            _ => TokenStatus.Invalid,
        },
        info.ExpiryDate,
        info.ParentIdTag);

    public bool IsReportedChange(ConnectorStatus from, ConnectorStatus to) => from != to;

    public QueuedMessage Status(int evseId, int connectorId, Func<ConnectorStatus> current)
    {
        var time = _time;
        // Connector 0 is the charge point; otherwise the EVSE number is the 1.6 connector number.
        var wireConnector = connectorId == 0 ? 0 : evseId;
        return new QueuedMessage("StatusNotification", MessageKind.Status, $"{evseId}/{connectorId}", async (connection, _, token) =>
            await connection.CallAsync(
                new StatusNotificationRequest
                {
                    ConnectorId = wireConnector,
                    ErrorCode = ChargePointErrorCode.NoError,
                    Status = ToWire(current()),
                    Timestamp = time.GetUtcNow(),
                },
                token).ConfigureAwait(false));
    }

    public QueuedMessage TransactionStarted(Session session, DateTimeOffset at)
        => Started(session, new StartTransactionRequest
        {
            ConnectorId = session.EvseId,
            IdTag = session.IdToken,
            MeterStart = WholeWh(session.MeterStartWh),
            Timestamp = at,
            ReservationId = session.ReservationId,
        });

    public QueuedMessage TransactionEnded(Session session, decimal energyWh, DateTimeOffset at, StopCause cause)
    {
        var reason = cause switch
        {
            StopCause.Remote => Reason.Remote,
            StopCause.HardReset => Reason.HardReset,
            StopCause.SoftReset => Reason.SoftReset,
            StopCause.DeAuthorized => Reason.DeAuthorized,
            StopCause.UnlockCommand => Reason.UnlockCommand,
            _ => Reason.Local,
        };
        var end = new MeterValue { Timestamp = at, SampledValue = [Energy(energyWh, ReadingContext.TransactionEnd)] };
        return Ended(session, new StopTransactionRequest
        {
            TransactionId = TransactionIdOf(session),
            IdTag = cause == StopCause.Local ? session.IdToken : null,
            MeterStop = WholeWh(energyWh),
            Timestamp = at,
            Reason = reason,
            TransactionData = [end],
        });
    }

    public QueuedMessage? Restore(StoredMessage stored, Session session)
    {
        switch (stored.Action)
        {
            case "StartTransaction":
                return Started(session, JsonSerializer.Deserialize(stored.Payload, V16Actions.StartTransaction.RequestJson)!);
            case "MeterValues":
                var sample = JsonSerializer.Deserialize(stored.Payload, V16Actions.MeterValues.RequestJson)!;
                Remember(session, sample.TransactionId);
                return Sample(session, sample);
            case "StopTransaction":
                var stop = JsonSerializer.Deserialize(stored.Payload, V16Actions.StopTransaction.RequestJson)!;
                Remember(session, stop.TransactionId);
                return Ended(session, stop);
            default:
                return null;
        }

        // The id written when the message was generated, if the central system had given one by then.
        static void Remember(Session session, int? transactionId)
        {
            if (transactionId is >= 0 && session.CsmsTransactionId is null)
            {
                session.CsmsTransactionId = transactionId;
            }
        }
    }

    private QueuedMessage Started(Session session, StartTransactionRequest request)
        => new("StartTransaction", MessageKind.TransactionBoundary, null, async (connection, _, token) =>
        {
            var answer = await connection.CallAsync(request, token).ConfigureAwait(false);
            _station.OnTransactionIdAssigned(session, answer.TransactionId);
            _station.OnTokenInfo(request.IdTag, InfoOf(answer.IdTagInfo));
            if (answer.IdTagInfo.Status != AuthorizationStatus.Accepted)
            {
                _station.OnStartRefused(session);
            }
        })
        {
            Durable = (() => JsonSerializer.Serialize(request, V16Actions.StartTransaction.RequestJson), session.LocalId, session.EvseId),
        };

    // The transaction id is written again when sent: the StartTransaction answer may have come since.
    private static QueuedMessage Sample(Session session, MeterValuesRequest request)
        => new("MeterValues", MessageKind.TransactionSample, null, async (connection, _, token) =>
            await connection.CallAsync(request with { TransactionId = TransactionIdOf(session) }, token).ConfigureAwait(false))
        {
            Durable = (() => JsonSerializer.Serialize(request, V16Actions.MeterValues.RequestJson), session.LocalId, session.EvseId),
        };

    private QueuedMessage Ended(Session session, StopTransactionRequest request)
        => new("StopTransaction", MessageKind.TransactionBoundary, null, async (connection, _, token) =>
        {
            var answer = await connection.CallAsync(request with { TransactionId = TransactionIdOf(session) }, token).ConfigureAwait(false);
            if (request.IdTag is { } tag && answer.IdTagInfo is { } info)
            {
                _station.OnTokenInfo(tag, InfoOf(info));
            }
        })
        {
            Durable = (() => JsonSerializer.Serialize(request, V16Actions.StopTransaction.RequestJson), session.LocalId, session.EvseId),
        };

    /// <summary>-1 when the StartTransaction answer never came (1.6 errata §3.18): the central system still takes it.</summary>
    private static int TransactionIdOf(Session session) => session.CsmsTransactionId ?? -1;

    private static int WholeWh(decimal wh) => (int)decimal.Floor(wh);

    private static string Text(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static SampledValue Energy(decimal wh, ReadingContext context) => new()
    {
        Value = Text(wh),
        Context = context,
        Measurand = Measurand.EnergyActiveImportRegister,
        Unit = UnitOfMeasure.Wh,
    };

    private static ChargePointStatus ToWire(ConnectorStatus status) => status switch
    {
        ConnectorStatus.Available => ChargePointStatus.Available,
        ConnectorStatus.Preparing => ChargePointStatus.Preparing,
        ConnectorStatus.Charging => ChargePointStatus.Charging,
        ConnectorStatus.SuspendedEV => ChargePointStatus.SuspendedEV,
        ConnectorStatus.SuspendedEVSE => ChargePointStatus.SuspendedEVSE,
        ConnectorStatus.Finishing => ChargePointStatus.Finishing,
        ConnectorStatus.Reserved => ChargePointStatus.Reserved,
        ConnectorStatus.Unavailable => ChargePointStatus.Unavailable,
        _ => ChargePointStatus.Faulted,
    };
}
