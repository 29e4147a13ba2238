namespace SharpCharge.Csms.Api.Transactions;

/// <summary>One stored sampled value: the reading is <c>value</c> × 10^<c>multiplier</c> <c>unit</c>.</summary>
internal sealed record MeterValueDto(
    DateTimeOffset SampledAt,
    string? Measurand,
    string? Phase,
    string? Location,
    string? Context,
    string? Unit,
    int Multiplier,
    decimal? Value,
    int? EvseId,
    int? ConnectorId);
