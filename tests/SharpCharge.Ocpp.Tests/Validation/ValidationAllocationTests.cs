using System.Text;
using System.Text.Json;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.Tests.Validation;

/// <summary>The validators run on every received message; a valid payload must cost no allocation.</summary>
public sealed class ValidationAllocationTests
{
    public static TheoryData<string, string> ValidPayloads() => new()
    {
        { "V16 Heartbeat", "{}" },
        { "V16 BootNotification", """{"chargePointVendor":"Vendor","chargePointModel":"Model","firmwareVersion":"1.0"}""" },
        { "V201 Heartbeat", "{}" },
        { "V201 BootNotification", """{"chargingStation":{"model":"Model","vendorName":"Vendor","modem":{"iccid":"1"}},"reason":"PowerUp"}""" },
        { "V201 BootNotification escaped", """{"chargingStation":{"model":"\u004dodel \ud83d\ude00","vendorName":"V\u00e9ndor"},"reason":"\u0050owerUp"}""" },
        {
            "V201 MeterValues",
            """{"evseId":1,"meterValue":[{"timestamp":"2024-01-02T03:04:05.678+01:00","sampledValue":[{"value":230.25,"measurand":"Voltage","phase":"L1-N"},{"value":1e3}]}]}"""
        },
    };

    [Theory]
    [MemberData(nameof(ValidPayloads))]
    public void Validate_ValidPayload_AllocatesNothing(string action, string payload)
    {
        var validator = Resolve(action);
        var utf8 = Encoding.UTF8.GetBytes(payload);
        Assert.True(Validate(validator, utf8), "The payload should be valid.");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 100; i++)
        {
            valid &= Validate(validator, utf8);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        Assert.Equal(0, allocated);
    }

    private static bool Validate(OcppAction action, byte[] payload)
    {
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        return action.ValidateRequest(ref reader, out _);
    }

    private static OcppAction Resolve(string name) => name.Split(' ')[..2] switch
    {
        ["V16", "Heartbeat"] => V16Actions.Heartbeat,
        ["V16", "BootNotification"] => V16Actions.BootNotification,
        ["V201", "Heartbeat"] => V201Actions.Heartbeat,
        ["V201", "BootNotification"] => V201Actions.BootNotification,
        ["V201", "MeterValues"] => V201Actions.MeterValues,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
