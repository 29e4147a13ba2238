using SharpCharge.Csms.Cluster.Messaging;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Cluster.Tests.Messaging;

/// <summary>Commands and replies survive the trip between nodes unchanged.</summary>
public sealed class ClusterCodecTests
{
    [Fact]
    public void WireTypes_ListEveryChargerCommand()
    {
        // A command added without a wire entry could not reach a charger on another node.
        var commands = typeof(ChargerCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ChargerCommand)) && !t.IsAbstract)
            .Select(t => t.Name)
            .Order()
            .ToList();

        Assert.Equal(commands, ClusterWireTypes.Commands.Keys.Order().ToList());
    }

    [Fact]
    public void Command_WithNestedProfileAndInitProperties_RoundTrips()
    {
        var start = new StartCharging("TAG-1", "ISO14443", 2, 1)
        {
            RemoteStartId = 42,
            ChargingProfile = new ChargingProfile
            {
                Id = 7,
                StackLevel = 1,
                Purpose = ChargingProfilePurpose.TxProfile,
                Kind = ChargingProfileKind.Absolute,
                Schedules =
                [
                    new ChargingSchedule
                    {
                        StartSchedule = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
                        RateUnit = ChargingRateUnit.A,
                        Periods = [new ChargingSchedulePeriod(0, 16m), new ChargingSchedulePeriod(600, 8.5m, NumberPhases: 1)],
                    },
                ],
            },
        };

        var (chargerId, decoded) = ClusterCodec.DecodeCommand(ClusterCodec.EncodeCommand("CP-9", start));

        Assert.Equal("CP-9", chargerId);
        var copy = Assert.IsType<StartCharging>(decoded);
        Assert.Equal((start.IdToken, start.IdTokenType, start.EvseId, start.ConnectorId, start.RemoteStartId), (copy.IdToken, copy.IdTokenType, copy.EvseId, copy.ConnectorId, copy.RemoteStartId));
        Assert.Equal(start.ChargingProfile.Schedule.Periods, copy.ChargingProfile!.Schedule.Periods);
        Assert.Equal(
            (start.ChargingProfile.Purpose, start.ChargingProfile.Kind, ChargingRateUnit.A, start.ChargingProfile.Schedule.StartSchedule),
            (copy.ChargingProfile.Purpose, copy.ChargingProfile.Kind, copy.ChargingProfile.Schedule.RateUnit, copy.ChargingProfile.Schedule.StartSchedule));
    }

    [Fact]
    public void Command_WithListsAndEnums_RoundTrips()
    {
        var reset = new ResetCharger(ResetKind.Hard, 1);
        var variables = new GetVariables([new VariableReference("OCPPCommCtrlr", "HeartbeatInterval")]);

        Assert.Equal(reset, ClusterCodec.DecodeCommand(ClusterCodec.EncodeCommand("CP", reset)).Command);
        var copy = Assert.IsType<GetVariables>(ClusterCodec.DecodeCommand(ClusterCodec.EncodeCommand("CP", variables)).Command);
        Assert.Equal(variables.Variables, copy.Variables);
    }

    [Fact]
    public void Decode_UnknownCommandType_FailsWithTheName()
    {
        var body = """{"ChargerId":"CP","CommandType":"LaunchRocket","Command":{}}"""u8.ToArray();

        var error = Assert.Throws<System.Text.Json.JsonException>(() => ClusterCodec.DecodeCommand(body));

        Assert.Contains("LaunchRocket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_WithEveryKindOfData_RoundTrips()
    {
        object[] data =
        [
            new ConfigurationReport([new ConfigurationValue("HeartbeatInterval", "300", false)], ["Nope"]),
            new DataTransferReply("{\"a\":1}"),
            new LocalListVersion(3),
            new ScheduleReport(1, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 3600, ChargingRateUnit.W, [new ChargingSchedulePeriod(0, 11000m)]),
            new InstalledCertificates([new CertificateHash("SHA256", "a", "b", "c")]),
            new ExistingTransaction("tx-1"),
        ];

        foreach (var item in data)
        {
            var reply = CommandReply.Answered(true, "Accepted", data: item) with { Version = OcppVersion.V201, OcppAction = "X", DurationMs = 12 };
            var copy = ClusterCodec.FromWire(ClusterCodec.ToWire(reply));

            Assert.Equal(item.GetType(), copy.Data?.GetType());
            Assert.Equal((reply.Outcome, reply.Status, reply.Version, reply.OcppAction, reply.DurationMs), (copy.Outcome, copy.Status, copy.Version, copy.OcppAction, copy.DurationMs));
        }
    }

    [Fact]
    public void Reply_WithVariableResults_ComesBackAsAList()
    {
        IReadOnlyList<VariableResult> results = [new VariableResult(new VariableReference("C", "V"), "Accepted", "1") { Detail = "ok" }];
        var reply = CommandReply.Answered(true, "Accepted", data: results);

        var copy = ClusterCodec.FromWire(ClusterCodec.ToWire(reply));

        var list = Assert.IsAssignableFrom<IReadOnlyList<VariableResult>>(copy.Data);
        Assert.Equal(results, list);
    }

    [Fact]
    public void Reply_CallError_KeepsCodeAndDetail()
    {
        var reply = new CommandReply(CommandOutcome.CallError) { ErrorCode = "NotImplemented", Detail = "no" };

        var copy = ClusterCodec.FromWire(ClusterCodec.ToWire(reply));

        Assert.Equal((CommandOutcome.CallError, "NotImplemented", "no"), (copy.Outcome, copy.ErrorCode, copy.Detail));
    }
}
