namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One period of a composite schedule.</summary>
internal sealed record SchedulePeriodView(int StartSeconds, decimal Limit, int? NumberPhases);
