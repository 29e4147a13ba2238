using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Station.Authorization;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

/// <summary>
/// The OCPP 2.0.1 side of a station. The 2.1 side is derived from these files at build time
/// (build/DeriveVersionSources.targets); code only 2.0.1 needs lives in *.V201Only.cs, 2.1-only code in V21/.
/// </summary>
internal sealed partial class V201StationProtocol : IStationProtocol
{
    private readonly ChargingStationOptions _options;
    private readonly TimeProvider _time;
    private readonly IStationControl _station;

    public V201StationProtocol(ChargingStationOptions options, IStationControl station, TimeProvider time)
    {
        _options = options;
        _time = time;
        _station = station;
        Router = OcppRouter.Create(V201Actions.Catalogue, new Handlers(station), new DeviceModelHandlers(this, station), new AuthorizationHandlers(station), new OperationHandlers(station), new SmartChargingHandlers(station), new DisplayHandlers(station), new CertificateHandlers(station), new CustomerHandlers(station, time));
    }

    public OcppRouter Router { get; }

    public bool ReportsConnectorZero => false;

    public async ValueTask<BootAnswer> BootAsync(OcppConnection connection, BootCause cause, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(
            new BootNotificationRequest
            {
                Reason = cause switch
                {
                    BootCause.RemoteReset => BootReasonEnumType.RemoteReset,
                    BootCause.Triggered => BootReasonEnumType.Triggered,
                    BootCause.FirmwareUpdate => BootReasonEnumType.FirmwareUpdate,
                    _ => BootReasonEnumType.PowerUp,
                },
                ChargingStation = new ChargingStationType
                {
                    VendorName = _options.Vendor,
                    Model = _options.Model,
                    SerialNumber = _options.SerialNumber,
                    FirmwareVersion = _options.FirmwareVersion,
                },
            },
            cancellationToken).ConfigureAwait(false);
        var registration = answer.Status switch
        {
            RegistrationStatusEnumType.Accepted => RegistrationState.Accepted,
            RegistrationStatusEnumType.Pending => RegistrationState.Pending,
            _ => RegistrationState.Rejected,
        };
        return new BootAnswer(registration, TimeSpan.FromSeconds(answer.Interval), answer.CurrentTime);
    }

    public async ValueTask<DateTimeOffset> HeartbeatAsync(OcppConnection connection, CancellationToken cancellationToken)
        => (await connection.CallAsync(new HeartbeatRequest(), cancellationToken).ConfigureAwait(false)).CurrentTime;

    public async ValueTask<TokenInfo> AuthorizeAsync(OcppConnection connection, string idToken, CancellationToken cancellationToken)
    {
        var answer = await connection.CallAsync(new AuthorizeRequest { IdToken = Token(idToken, LocalTokenType) }, cancellationToken).ConfigureAwait(false);
        return InfoOf(answer.IdTokenInfo);
    }

    internal static TokenInfo InfoOf(IdTokenInfoType info) => new(
        info.Status switch
        {
            AuthorizationStatusEnumType.Accepted => TokenStatus.Accepted,
            AuthorizationStatusEnumType.Blocked => TokenStatus.Blocked,
            AuthorizationStatusEnumType.Expired => TokenStatus.Expired,
            AuthorizationStatusEnumType.Invalid => TokenStatus.Invalid,
            AuthorizationStatusEnumType.ConcurrentTx => TokenStatus.ConcurrentTx,
            _ => TokenStatus.Refused,
        },
        info.CacheExpiryDateTime,
        info.GroupIdToken?.IdToken);

    public bool IsReportedChange(ConnectorStatus from, ConnectorStatus to) => ToWire(from) != ToWire(to);

    public QueuedMessage Status(int evseId, int connectorId, Func<ConnectorStatus> current)
        => new("StatusNotification", MessageKind.Status, $"{evseId}/{connectorId}", async (connection, _, token) =>
            await connection.CallAsync(
                new StatusNotificationRequest
                {
                    EvseId = evseId,
                    ConnectorId = connectorId,
                    ConnectorStatus = ToWire(current()),
                    Timestamp = _time.GetUtcNow(),
                },
                token).ConfigureAwait(false));

    private static ConnectorStatusEnumType ToWire(ConnectorStatus status) => status switch
    {
        ConnectorStatus.Available => ConnectorStatusEnumType.Available,
        ConnectorStatus.Reserved => ConnectorStatusEnumType.Reserved,
        ConnectorStatus.Unavailable => ConnectorStatusEnumType.Unavailable,
        ConnectorStatus.Faulted => ConnectorStatusEnumType.Faulted,
        _ => ConnectorStatusEnumType.Occupied,
    };
}
