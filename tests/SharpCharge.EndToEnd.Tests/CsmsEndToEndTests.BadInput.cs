using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Tests.Rpc;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    /// <summary>The protocol library's table of bad input, per version, replayed against the real server on one connection each.</summary>
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("Spec", "OCPP-J 1.6 §4.2.3; OCPP 2.0.1 Part 4 §4.3; OCPP 2.1 Part 4 §4.3")]
    public async Task BadInput_EveryRule_GetsTheSpecsCallErrorAndTheConnectionSurvives(OcppVersion version)
    {
        await using var running = await RunAsync();
        await using var charger = await RawCharger.ConnectAsync(running.Server, $"CP-BAD-{version}", version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));
        var cases = OcppConnectionInvalidInputTests.Cases().Select(row => (Version: (OcppVersion)row[0], Frame: (string)row[1], Id: (string)row[2], Code: (string)row[3]))
            .Where(c => c.Version == version)
            .ToList();
        Assert.True(cases.Count >= 15);

        foreach (var (_, frame, expectedId, expectedCode) in cases)
        {
            await charger.Socket.SendAsync(frame);
            var answer = await charger.Socket.ReceiveAsync();
            Assert.True(answer is not null, $"The server closed the connection after {frame}");
            Assert.Equal(4, answer.Value[0].GetInt32());
            Assert.True(expectedId == answer.Value[1].GetString(), $"{frame}: id {answer.Value[1]}");
            Assert.True(expectedCode == answer.Value[2].GetString(), $"{frame}: {answer.Value[2]} instead of {expectedCode}");
        }

        // Still served after all of it.
        await charger.CallAsync("Heartbeat", "{}");
    }
}
