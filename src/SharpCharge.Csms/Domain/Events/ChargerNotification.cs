namespace SharpCharge.Csms.Domain.Events;

/// <summary>A stored <see cref="NotificationReport"/>.</summary>
internal sealed record ChargerNotification(long Id, NotificationReport Report, DateTimeOffset ReceivedAt);
