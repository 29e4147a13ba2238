using System.Collections.Frozen;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// The types a command message and a reply's data may carry between nodes, by the name that travels with them. A
/// command missing here cannot be sent to a charger on another node (the reply says so); a test checks that every
/// <see cref="ChargerCommand"/> is listed.
/// </summary>
internal static class ClusterWireTypes
{
    /// <summary>The name of the list of 2.x variable results a Get/SetVariables reply carries.</summary>
    public const string VariableResults = "VariableResults";

    public static readonly FrozenDictionary<string, Type> Commands = new Type[]
    {
        typeof(CancelReservation),
        typeof(CertificateSigned),
        typeof(ChangeAvailability),
        typeof(ChangeChargerPassword),
        typeof(ChangeConfiguration),
        typeof(ClearCache),
        typeof(ClearChargingProfile),
        typeof(ClearDisplayMessage),
        typeof(CostUpdated),
        typeof(DataTransfer),
        typeof(DeleteCertificate),
        typeof(GetChargingProfiles),
        typeof(GetCompositeSchedule),
        typeof(GetDisplayMessages),
        typeof(GetConfiguration),
        typeof(GetInstalledCertificates),
        typeof(GetLocalListVersion),
        typeof(GetLog),
        typeof(GetReport),
        typeof(GetVariables),
        typeof(InstallCertificate),
        typeof(ReserveNow),
        typeof(ResetCharger),
        typeof(SendLocalList),
        typeof(SetChargingProfile),
        typeof(SetDisplayMessage),
        typeof(SetPowerLimit),
        typeof(SetVariables),
        typeof(StartCharging),
        typeof(StopCharging),
        typeof(TriggerMessage),
        typeof(UnlockConnector),
        typeof(UpdateFirmware),
    }.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, Type> Data = new Dictionary<string, Type>
    {
        [nameof(ConfigurationReport)] = typeof(ConfigurationReport),
        [nameof(DataTransferReply)] = typeof(DataTransferReply),
        [nameof(LocalListVersion)] = typeof(LocalListVersion),
        [nameof(ScheduleReport)] = typeof(ScheduleReport),
        [nameof(InstalledCertificates)] = typeof(InstalledCertificates),
        [nameof(ExistingTransaction)] = typeof(ExistingTransaction),
        [VariableResults] = typeof(VariableResult[]),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
