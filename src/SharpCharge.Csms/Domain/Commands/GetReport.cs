namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// 2.x GetBaseReport (<see cref="ReportBase"/> set: ConfigurationInventory, FullInventory, SummaryInventory) or
/// GetReport (criteria and/or component variables). The report itself arrives later as NotifyReport messages
/// carrying <see cref="RequestId"/>.
/// </summary>
internal sealed record GetReport(string? ReportBase, IReadOnlyList<string> Criteria, IReadOnlyList<VariableReference> Variables) : ChargerCommand
{
    public override string Name => ReportBase is null ? "GetReport" : "GetBaseReport";

    public int RequestId { get; init; }

    public override int? FollowUpId => RequestId;
}
