using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Protocol.V201;

/// <summary>
/// The OCPP 2.0.1 adapter: one method per charging-station-initiated action, translating each message into a call
/// on the version-neutral domain services and the result back. The 2.1 adapter is derived from these files at
/// build time (build/DeriveVersionSources.targets); code only 2.0.1 needs lives in *.V201Only.cs files.
/// </summary>
internal sealed partial class V201CentralSystem
{
    private readonly IChargerService _chargers;
    private readonly IConnectorStatusService _status;
    private readonly IAuthorizationService _authorization;
    private readonly ITransactionService _transactions;
    private readonly IChargerEventService _events;

    public V201CentralSystem(
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
