using System.Text.Json;
using SharpCharge.Ocpp.Messages;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>The shape of the generated types as a user meets it.</summary>
public sealed class GeneratedMessageTests
{
    [Fact]
    public void Serialize_V16MeterValues_WritesWireSpellingsAndOmitsAbsentFields()
    {
        var request = new V16.MeterValuesRequest
        {
            ConnectorId = 1,
            MeterValue =
            [
                new V16.MeterValue
                {
                    Timestamp = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
                    SampledValue =
                    [
                        new V16.SampledValue { Value = "21.5", Measurand = V16.Measurand.EnergyActiveImportRegister, Phase = V16.Phase.L1N, Unit = V16.UnitOfMeasure.Celcius },
                    ],
                },
            ],
        };

        var json = JsonSerializer.Serialize(request, V16.V16Actions.MeterValues.RequestJson);

        Assert.Equal(
            """{"connectorId":1,"meterValue":[{"timestamp":"2024-01-02T03:04:05Z","sampledValue":[{"value":"21.5","measurand":"Energy.Active.Import.Register","phase":"L1-N","unit":"Celcius"}]}]}""",
            json);
    }

    [Fact]
    public void Request_Action_IsItsCatalogueDescriptorAndIsNotSerialized()
    {
        IOcppRequest request = new V201.HeartbeatRequest();

        Assert.Same(V201.V201Actions.Heartbeat, request.Action);
        Assert.Equal("{}", JsonSerializer.Serialize((V201.HeartbeatRequest)request, V201.V201Actions.Heartbeat.RequestJson));
    }

    [Fact]
    public void Deserialize_CustomDataWithVendorFields_KeepsThem()
    {
        const string Json = """{"currentTime":"2024-01-02T03:04:05Z","customData":{"vendorId":"com.example","meterSerial":"X1","flags":[1,2]}}""";

        var response = JsonSerializer.Deserialize(Json, V201.V201Actions.Heartbeat.ResponseJson)!;

        Assert.Equal("com.example", response.CustomData!.VendorId);
        Assert.Equal(["meterSerial", "flags"], response.CustomData.ExtensionData!.Keys);
        JsonEquivalence.AssertEquivalent(Json, JsonSerializer.Serialize(response, V201.V201Actions.Heartbeat.ResponseJson));
    }

    [Fact]
    public void Deserialize_DataTransferData_KeepsAnyJson()
    {
        var request = JsonSerializer.Deserialize("""{"vendorId":"v","data":[1,{"a":"b"}]}""", V201.V201Actions.DataTransfer.RequestJson)!;

        Assert.Equal(JsonValueKind.Array, request.Data!.Value.ValueKind);
    }

    [Fact]
    public void Deserialize_MissingRequiredProperty_Throws()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"chargePointVendor":"V"}""", V16.V16Actions.BootNotification.RequestJson));
}
