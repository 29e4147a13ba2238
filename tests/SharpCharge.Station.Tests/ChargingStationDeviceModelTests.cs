using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>The 2.x device model: GetVariables, SetVariables, GetBaseReport and GetReport against a 2.0.1 station.</summary>
public sealed class ChargingStationDeviceModelTests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 B06.FR.01-FR.06")]
    public async Task GetVariables_AnswersEachItemWithItsStatus()
    {
        await using var harness = await StartAsync();

        var answer = await harness.Connector.Server.CallAsync(new GetVariablesRequest
        {
            GetVariableData =
            [
                Get("OCPPCommCtrlr", "HeartbeatInterval"),
                Get("NoSuchCtrlr", "HeartbeatInterval"),
                Get("OCPPCommCtrlr", "NoSuchVariable"),
                Get("OCPPCommCtrlr", "HeartbeatInterval", AttributeEnumType.Target),
                Get("SecurityCtrlr", "BasicAuthPassword"),
                Get("OCPPCommCtrlr", "MessageTimeout", instance: "Default"),
                new GetVariableDataType { Component = new ComponentType { Name = "Connector", Evse = new EVSEType { Id = 1, ConnectorId = 1 } }, Variable = new VariableType { Name = "AvailabilityState" } },
                new GetVariableDataType { Component = new ComponentType { Name = "EVSE", Evse = new EVSEType { Id = 1 } }, Variable = new VariableType { Name = "Power" }, AttributeType = AttributeEnumType.MaxSet },
            ],
        });

        var results = answer.GetVariableResult;
        Assert.Equal(GetVariableStatusEnumType.Accepted, results[0].AttributeStatus);
        Assert.Equal("300", results[0].AttributeValue);
        Assert.Equal(AttributeEnumType.Actual, results[0].AttributeType);
        Assert.Equal(GetVariableStatusEnumType.UnknownComponent, results[1].AttributeStatus);
        Assert.Null(results[1].AttributeValue);
        Assert.Equal(GetVariableStatusEnumType.UnknownVariable, results[2].AttributeStatus);
        Assert.Equal(GetVariableStatusEnumType.NotSupportedAttributeType, results[3].AttributeStatus);
        Assert.Equal(GetVariableStatusEnumType.Rejected, results[4].AttributeStatus);
        Assert.Equal("3600", results[5].AttributeValue);
        Assert.Equal("Available", results[6].AttributeValue);
        Assert.Equal("11000", results[7].AttributeValue);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 B05.FR.01-FR.10")]
    public async Task SetVariables_AnswersEachItemAndTheValuesDriveBehaviour()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem201(time));

        var answer = await harness.Connector.Server.CallAsync(new SetVariablesRequest
        {
            SetVariableData =
            [
                Set("SampledDataCtrlr", "TxUpdatedInterval", "20"),
                Set("SampledDataCtrlr", "TxUpdatedMeasurands", "Energy.Active.Import.Register,Voltage"),
                Set("SampledDataCtrlr", "TxUpdatedMeasurands", "Temperature"),
                Set("OCPPCommCtrlr", "WebSocketPingInterval", "30"),
                Set("ChargingStation", "Model", "X"),
                Set("Nope", "Model", "X"),
                Set("OCPPCommCtrlr", "Nope", "X"),
                Set("OCPPCommCtrlr", "HeartbeatInterval", "60") with { AttributeType = AttributeEnumType.MaxSet },
            ],
        });

        Assert.Equal(
            [SetVariableStatusEnumType.Accepted, SetVariableStatusEnumType.Accepted, SetVariableStatusEnumType.Rejected, SetVariableStatusEnumType.RebootRequired,
             SetVariableStatusEnumType.Rejected, SetVariableStatusEnumType.UnknownComponent, SetVariableStatusEnumType.UnknownVariable, SetVariableStatusEnumType.NotSupportedAttributeType],
            answer.SetVariableResult.Select(r => r.AttributeStatus));

        await harness.Station.StartSessionAsync(1, "TAG-1");
        var started = harness.Time.GetUtcNow();
        await harness.AdvanceUntilAsync(() => central!.All<TransactionEventRequest>().Count >= 2, TimeSpan.FromSeconds(5));
        var sample = central!.All<TransactionEventRequest>()[1];
        Assert.Equal(TimeSpan.FromSeconds(20), sample.Timestamp - started);
        Assert.Equal([MeasurandEnumType.EnergyActiveImportRegister, MeasurandEnumType.Voltage, MeasurandEnumType.Voltage, MeasurandEnumType.Voltage], sample.MeterValue![0].SampledValue.Select(v => v.Measurand!.Value));
    }

    [Theory]
    [Trait("Spec", "OCPP 2.0.1 B07.FR.01-FR.08")]
    [InlineData(ReportBaseEnumType.FullInventory)]
    [InlineData(ReportBaseEnumType.ConfigurationInventory)]
    [InlineData(ReportBaseEnumType.SummaryInventory)]
    public async Task GetBaseReport_AnswersThenSendsTheReportInNumberedParts(ReportBaseEnumType reportBase)
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem201(time));

        var answer = await harness.Connector.Server.CallAsync(new GetBaseReportRequest { RequestId = 42, ReportBase = reportBase });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<NotifyReportRequest>().Any(r => r.Tbc is not true)));

        Assert.Equal(GenericDeviceModelStatusEnumType.Accepted, answer.Status);
        var parts = central!.All<NotifyReportRequest>();
        Assert.All(parts, p => Assert.Equal(42, p.RequestId));
        Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.SeqNo));
        Assert.All(parts.SkipLast(1), p => Assert.True(p.Tbc));
        var data = parts.SelectMany(p => p.ReportData!).ToArray();
        switch (reportBase)
        {
            case ReportBaseEnumType.FullInventory:
                Assert.True(parts.Count > 1);
                Assert.Contains(data, d => d.Component.Name == "ClockCtrlr" && d.Variable.Name == "DateTime");
                Assert.Contains(data, d => d.Component.Name == "EVSE" && d.Variable.Name == "Power" && d.VariableAttribute.Any(a => a.Type == AttributeEnumType.MaxSet));
                Assert.Null(data.Single(d => d.Variable.Name == "BasicAuthPassword").VariableAttribute[0].Value);
                break;
            case ReportBaseEnumType.ConfigurationInventory:
                Assert.All(data, d => Assert.Contains(d.VariableAttribute, a => a.Mutability != MutabilityEnumType.ReadOnly));
                Assert.Contains(data, d => d.Variable.Name == "HeartbeatInterval" && d.VariableCharacteristics!.DataType == DataEnumType.Integer);
                break;
            default:
                Assert.All(data, d => Assert.Equal("AvailabilityState", d.Variable.Name));
                Assert.Equal(5, data.Length); // the station, two EVSEs, two connectors
                break;
        }
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 B08 GetReport")]
    public async Task GetReport_ComponentFilter_ReportsOnlyThatComponent_UnknownIsEmptyResultSet()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StartAsync(time => central = new MiniCentralSystem201(time));

        var answer = await harness.Connector.Server.CallAsync(new GetReportRequest { RequestId = 7, ComponentVariable = [new ComponentVariableType { Component = new ComponentType { Name = "AuthCtrlr" } }] });
        var empty = await harness.Connector.Server.CallAsync(new GetReportRequest { RequestId = 8, ComponentVariable = [new ComponentVariableType { Component = new ComponentType { Name = "Nope" } }] });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<NotifyReportRequest>().Count == 1));

        Assert.Equal(GenericDeviceModelStatusEnumType.Accepted, answer.Status);
        Assert.Equal(GenericDeviceModelStatusEnumType.EmptyResultSet, empty.Status);
        Assert.All(central!.All<NotifyReportRequest>()[0].ReportData!, d => Assert.Equal("AuthCtrlr", d.Component.Name));
    }

    private static GetVariableDataType Get(string component, string variable, AttributeEnumType? type = null, string? instance = null)
        => new() { Component = new ComponentType { Name = component }, Variable = new VariableType { Name = variable, Instance = instance }, AttributeType = type };

    private static SetVariableDataType Set(string component, string variable, string value)
        => new() { Component = new ComponentType { Name = component }, Variable = new VariableType { Name = variable }, AttributeValue = value };

    private static async Task<StationHarness> StartAsync(Func<TimeProvider, MiniCentralSystem201>? central = null)
    {
        var options = StationHarness.Options(OcppVersion.V201);
        options.Evses = [1, 1];
        var harness = await StationHarness.StartAsync(options, time => (central ?? (t => new MiniCentralSystem201(t)))(time).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        return harness;
    }
}
