using System.Text.Json;
using System.Text.Json.Serialization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>
/// Source-generated JSON metadata for what travels between nodes: commands and their replies, requests to close a
/// stale socket, live events. Enums go as names, so nodes of different builds (a rolling upgrade) still agree.
/// Every <see cref="ChargerCommand"/> and every reply data type must be listed here and in <see cref="ClusterWireTypes"/>.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RemoteCommandRequest))]
[JsonSerializable(typeof(RemoteCommandResponse))]
[JsonSerializable(typeof(CloseStaleSession))]
[JsonSerializable(typeof(LiveEvent))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CancelReservation))]
[JsonSerializable(typeof(ChangeAvailability))]
[JsonSerializable(typeof(ChangeChargerPassword))]
[JsonSerializable(typeof(ChangeConfiguration))]
[JsonSerializable(typeof(ClearCache))]
[JsonSerializable(typeof(ClearChargingProfile))]
[JsonSerializable(typeof(ClearDisplayMessage))]
[JsonSerializable(typeof(CostUpdated))]
[JsonSerializable(typeof(DataTransfer))]
[JsonSerializable(typeof(DeleteCertificate))]
[JsonSerializable(typeof(GetChargingProfiles))]
[JsonSerializable(typeof(GetCompositeSchedule))]
[JsonSerializable(typeof(GetDisplayMessages))]
[JsonSerializable(typeof(GetConfiguration))]
[JsonSerializable(typeof(GetInstalledCertificates))]
[JsonSerializable(typeof(GetLocalListVersion))]
[JsonSerializable(typeof(GetLog))]
[JsonSerializable(typeof(GetReport))]
[JsonSerializable(typeof(GetVariables))]
[JsonSerializable(typeof(InstallCertificate))]
[JsonSerializable(typeof(CertificateSigned))]
[JsonSerializable(typeof(ReserveNow))]
[JsonSerializable(typeof(ResetCharger))]
[JsonSerializable(typeof(SendLocalList))]
[JsonSerializable(typeof(SetChargingProfile))]
[JsonSerializable(typeof(SetDisplayMessage))]
[JsonSerializable(typeof(SetPowerLimit))]
[JsonSerializable(typeof(SetVariables))]
[JsonSerializable(typeof(StartCharging))]
[JsonSerializable(typeof(StopCharging))]
[JsonSerializable(typeof(TriggerMessage))]
[JsonSerializable(typeof(UnlockConnector))]
[JsonSerializable(typeof(UpdateFirmware))]
[JsonSerializable(typeof(ConfigurationReport))]
[JsonSerializable(typeof(DataTransferReply))]
[JsonSerializable(typeof(LocalListVersion))]
[JsonSerializable(typeof(ScheduleReport))]
[JsonSerializable(typeof(InstalledCertificates))]
[JsonSerializable(typeof(ExistingTransaction))]
[JsonSerializable(typeof(VariableResult[]))]
internal sealed partial class ClusterJsonContext : JsonSerializerContext;
