namespace SharpCharge.Csms.Domain.Events;

/// <summary>The 2.x report and notification messages kept verbatim (plus DataTransfer of every version).</summary>
internal enum ChargerNotificationKind
{
    NotifyEvent,
    NotifyReport,
    NotifyMonitoringReport,
    NotifyChargingLimit,
    ClearedChargingLimit,
    NotifyEVChargingNeeds,
    NotifyEVChargingSchedule,
    ReportChargingProfiles,
    ReservationStatusUpdate,
    NotifyCustomerInformation,
    NotifyDisplayMessages,
    DataTransfer,
}
