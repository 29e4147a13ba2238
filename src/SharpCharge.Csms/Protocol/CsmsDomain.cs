using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.SmartCharging.Profiles;
using SharpCharge.Csms.Domain.Security;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;

namespace SharpCharge.Csms.Protocol;

/// <summary>The domain services every version adapter translates into, handed over as one.</summary>
internal sealed record CsmsDomain(
    IChargerService Chargers,
    IConnectorStatusService Status,
    IAuthorizationService Authorization,
    ITransactionService Transactions,
    IChargerEventService Events,
    ICommandService Commands,
    IChargingLimitService ChargingLimits,
    CertificateSigningQueue Signing);
