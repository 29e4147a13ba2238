using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Protocol.V16;

/// <summary>
/// The OCPP 1.6 adapter: one method per charger-initiated action (core and the security extension), each
/// translating the 1.6 message into a call on the version-neutral domain services and the result back.
/// Split by concern into partial files.
/// </summary>
internal sealed partial class V16CentralSystem
{
    private readonly IChargerService _chargers;
    private readonly IConnectorStatusService _status;
    private readonly IAuthorizationService _authorization;
    private readonly ITransactionService _transactions;
    private readonly IChargerEventService _events;

    public V16CentralSystem(
        IChargerService chargers,
        IConnectorStatusService status,
        IAuthorizationService authorization,
        ITransactionService transactions,
        IChargerEventService events)
    {
        _chargers = chargers;
        _status = status;
        _authorization = authorization;
        _transactions = transactions;
        _events = events;
    }
}
