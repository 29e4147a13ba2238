using System.Text.Json;
using System.Text.Json.Serialization;
using SharpCharge.Csms.Api.Chargers;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Api.Geo;
using SharpCharge.Csms.Api.Health;
using SharpCharge.Csms.Api.IdTokens;
using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Api.SmartCharging;
using SharpCharge.Csms.Api.Stations;
using SharpCharge.Csms.Api.Statistics;
using SharpCharge.Csms.Api.Transactions;
using SharpCharge.Csms.Domain.Live;

namespace SharpCharge.Csms.Api;

/// <summary>
/// Source-generated JSON metadata for every type the REST API reads or writes. Names are snake_case; enums are
/// snake_case strings (<see cref="ApiJson"/> adds their converters to the HTTP JSON options).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(SecurityProfileDto))]
[JsonSerializable(typeof(SecurityProfileBody))]
[JsonSerializable(typeof(ClientCertificateDto))]
[JsonSerializable(typeof(List<ClientCertificateDto>))]
[JsonSerializable(typeof(RevokeCertificateBody))]
[JsonSerializable(typeof(ReadinessReport))]
[JsonSerializable(typeof(LiveEvent))]
[JsonSerializable(typeof(CommandResponse))]
[JsonSerializable(typeof(StartBody))]
[JsonSerializable(typeof(SiteCapacityBody))]
[JsonSerializable(typeof(SiteLoadDto))]
[JsonSerializable(typeof(StartResponse))]
[JsonSerializable(typeof(StopBody))]
[JsonSerializable(typeof(StopResponse))]
[JsonSerializable(typeof(PowerBody))]
[JsonSerializable(typeof(PowerResponse))]
[JsonSerializable(typeof(ResetBody))]
[JsonSerializable(typeof(UnlockBody))]
[JsonSerializable(typeof(AvailabilityBody))]
[JsonSerializable(typeof(TriggerBody))]
[JsonSerializable(typeof(FirmwareBody))]
[JsonSerializable(typeof(DiagnosticsBody))]
[JsonSerializable(typeof(DataTransferBody))]
[JsonSerializable(typeof(DataTransferResponse))]
[JsonSerializable(typeof(ReservationBody))]
[JsonSerializable(typeof(LocalListBody))]
[JsonSerializable(typeof(LocalListVersionResponse))]
[JsonSerializable(typeof(SetChargingProfileBody))]
[JsonSerializable(typeof(ScheduleResponse))]
[JsonSerializable(typeof(ConfigurationBody))]
[JsonSerializable(typeof(ConfigurationResponse))]
[JsonSerializable(typeof(VariablesBody))]
[JsonSerializable(typeof(VariablesResponse))]
[JsonSerializable(typeof(ReportBody))]
[JsonSerializable(typeof(DisplayMessageBody))]
[JsonSerializable(typeof(CostUpdatedBody))]
[JsonSerializable(typeof(CertificateBody))]
[JsonSerializable(typeof(CertificatesResponse))]
[JsonSerializable(typeof(CommandView))]
[JsonSerializable(typeof(Page<CommandView>))]
[JsonSerializable(typeof(ChargerDto))]
[JsonSerializable(typeof(Page<ChargerDto>))]
[JsonSerializable(typeof(RegisterChargerRequest))]
[JsonSerializable(typeof(UpdateChargerRequest))]
[JsonSerializable(typeof(ProtocolMessagePage))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(StationDto))]
[JsonSerializable(typeof(IReadOnlyList<StationDto>))]
[JsonSerializable(typeof(CreateStationRequest))]
[JsonSerializable(typeof(UpdateStationRequest))]
[JsonSerializable(typeof(TransactionDto))]
[JsonSerializable(typeof(Page<TransactionDto>))]
[JsonSerializable(typeof(IdTokenDto))]
[JsonSerializable(typeof(Page<IdTokenDto>))]
[JsonSerializable(typeof(CreateIdTokenRequest))]
[JsonSerializable(typeof(UpdateIdTokenRequest))]
[JsonSerializable(typeof(GeoFeatureCollection<ChargerGeoProperties>))]
[JsonSerializable(typeof(GeoFeatureCollection<HeatmapProperties>))]
[JsonSerializable(typeof(DashboardDto))]
[JsonSerializable(typeof(IReadOnlyList<DailyStatsDto>))]
[JsonSerializable(typeof(StoredProfileBody))]
[JsonSerializable(typeof(StoredProfileDto))]
[JsonSerializable(typeof(IReadOnlyList<StoredProfileDto>))]
[JsonSerializable(typeof(AssignProfileBody))]
[JsonSerializable(typeof(AssignmentDto))]
[JsonSerializable(typeof(ChargerProfilesDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
