namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>
/// <c>POST /api/chargers/{id}/reports</c> (2.x): a base report (<c>report_base</c>: ConfigurationInventory, FullInventory,
/// SummaryInventory) or a custom report by <c>criteria</c> (Active, Available, Enabled, Problem) and/or <c>variables</c>.
/// The report arrives later as NotifyReport messages carrying the returned <c>request_id</c>.
/// </summary>
internal sealed record ReportBody
{
    public string? ReportBase { get; init; }

    public IReadOnlyList<string>? Criteria { get; init; }

    public IReadOnlyList<VariableBody>? Variables { get; init; }
}
