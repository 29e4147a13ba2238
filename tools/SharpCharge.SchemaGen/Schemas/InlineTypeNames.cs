using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>
/// Names for the objects and enums that the OCPP 1.6 core schemas define inline, taken from the OCPP 1.6
/// specification (§6 messages, §7 types). Keyed by property name, or by the owning type and the property
/// where one property name means different things (<c>status</c>, <c>type</c>). A property of an array is
/// looked up by the array's name (<c>meterValue</c> names its items).
/// </summary>
internal static class InlineTypeNames
{
    private static readonly Dictionary<string, (string Name, SchemaTypeKind Kind)> ByProperty = new(StringComparer.Ordinal)
    {
        // Objects
        ["idTagInfo"] = ("IdTagInfo", SchemaTypeKind.Object),
        ["meterValue"] = ("MeterValue", SchemaTypeKind.Object),
        ["transactionData"] = ("MeterValue", SchemaTypeKind.Object),
        ["sampledValue"] = ("SampledValue", SchemaTypeKind.Object),
        ["chargingProfile"] = ("ChargingProfile", SchemaTypeKind.Object),
        ["csChargingProfiles"] = ("ChargingProfile", SchemaTypeKind.Object),
        ["chargingSchedule"] = ("ChargingSchedule", SchemaTypeKind.Object),
        ["chargingSchedulePeriod"] = ("ChargingSchedulePeriod", SchemaTypeKind.Object),
        ["configurationKey"] = ("KeyValue", SchemaTypeKind.Object),
        ["localAuthorizationList"] = ("AuthorizationData", SchemaTypeKind.Object),

        // Enums
        ["chargingProfileKind"] = ("ChargingProfileKindType", SchemaTypeKind.Enum),
        ["chargingProfilePurpose"] = ("ChargingProfilePurposeType", SchemaTypeKind.Enum),
        ["chargingRateUnit"] = ("ChargingRateUnitType", SchemaTypeKind.Enum),
        ["context"] = ("ReadingContext", SchemaTypeKind.Enum),
        ["errorCode"] = ("ChargePointErrorCode", SchemaTypeKind.Enum),
        ["format"] = ("ValueFormat", SchemaTypeKind.Enum),
        ["location"] = ("Location", SchemaTypeKind.Enum),
        ["measurand"] = ("Measurand", SchemaTypeKind.Enum),
        ["phase"] = ("Phase", SchemaTypeKind.Enum),
        ["reason"] = ("Reason", SchemaTypeKind.Enum),
        ["recurrencyKind"] = ("RecurrencyKindType", SchemaTypeKind.Enum),
        ["requestedMessage"] = ("MessageTrigger", SchemaTypeKind.Enum),
        ["unit"] = ("UnitOfMeasure", SchemaTypeKind.Enum),
        ["updateType"] = ("UpdateType", SchemaTypeKind.Enum),
    };

    private static readonly Dictionary<(string Owner, string Property), (string Name, SchemaTypeKind Kind)> ByOwner = new()
    {
        [("ChangeAvailabilityRequest", "type")] = ("AvailabilityType", SchemaTypeKind.Enum),
        [("ResetRequest", "type")] = ("ResetType", SchemaTypeKind.Enum),

        [("IdTagInfo", "status")] = ("AuthorizationStatus", SchemaTypeKind.Enum),
        [("BootNotificationResponse", "status")] = ("RegistrationStatus", SchemaTypeKind.Enum),
        [("CancelReservationResponse", "status")] = ("CancelReservationStatus", SchemaTypeKind.Enum),
        [("ChangeAvailabilityResponse", "status")] = ("AvailabilityStatus", SchemaTypeKind.Enum),
        [("ChangeConfigurationResponse", "status")] = ("ConfigurationStatus", SchemaTypeKind.Enum),
        [("ClearCacheResponse", "status")] = ("ClearCacheStatus", SchemaTypeKind.Enum),
        [("ClearChargingProfileResponse", "status")] = ("ClearChargingProfileStatus", SchemaTypeKind.Enum),
        [("DataTransferResponse", "status")] = ("DataTransferStatus", SchemaTypeKind.Enum),
        [("DiagnosticsStatusNotificationRequest", "status")] = ("DiagnosticsStatus", SchemaTypeKind.Enum),
        [("FirmwareStatusNotificationRequest", "status")] = ("FirmwareStatus", SchemaTypeKind.Enum),
        [("GetCompositeScheduleResponse", "status")] = ("GetCompositeScheduleStatus", SchemaTypeKind.Enum),
        [("RemoteStartTransactionResponse", "status")] = ("RemoteStartStopStatus", SchemaTypeKind.Enum),
        [("RemoteStopTransactionResponse", "status")] = ("RemoteStartStopStatus", SchemaTypeKind.Enum),
        [("ReserveNowResponse", "status")] = ("ReservationStatus", SchemaTypeKind.Enum),
        [("ResetResponse", "status")] = ("ResetStatus", SchemaTypeKind.Enum),
        [("SendLocalListResponse", "status")] = ("UpdateStatus", SchemaTypeKind.Enum),
        [("SetChargingProfileResponse", "status")] = ("ChargingProfileStatus", SchemaTypeKind.Enum),
        [("StatusNotificationRequest", "status")] = ("ChargePointStatus", SchemaTypeKind.Enum),
        [("TriggerMessageResponse", "status")] = ("TriggerMessageStatus", SchemaTypeKind.Enum),
        [("UnlockConnectorResponse", "status")] = ("UnlockStatus", SchemaTypeKind.Enum),
    };

    /// <summary>The name of an inline type; fails generation when the table has none or names a different kind.</summary>
    /// <param name="owner">The C# name of the type that holds the property.</param>
    /// <param name="property">The property's schema name.</param>
    /// <param name="kind">What the schema defines there.</param>
    /// <param name="origin">The schema file, for the error message.</param>
    public static string Resolve(string owner, string property, SchemaTypeKind kind, string origin)
    {
        if (!ByOwner.TryGetValue((owner, property), out var entry) && !ByProperty.TryGetValue(property, out entry))
        {
            throw new SchemaGenException(
                $"{origin}: the inline {kind.ToString().ToLowerInvariant()} at {owner}.{property} has no name; add it to {nameof(InlineTypeNames)}.");
        }

        if (entry.Kind != kind)
        {
            throw new SchemaGenException(
                $"{origin}: {owner}.{property} defines an inline {kind.ToString().ToLowerInvariant()}, but {nameof(InlineTypeNames)} names it {entry.Name}, an {entry.Kind.ToString().ToLowerInvariant()}.");
        }

        return entry.Name;
    }
}
