using System.Text.Json;
using SharpCharge.Ocpp.Messages.V201;

namespace SharpCharge.Ocpp.Tests.Serialization;

/// <summary>Times as the generated contexts read and write them.</summary>
[Trait("Spec", "OCPP 2.0.1 Part 2 §2.1.2")]
public sealed class OcppDateTimeOffsetConverterTests
{
    [Theory]
    [InlineData(0, "2024-01-02T02:04:05Z")]
    [InlineData(5_000_000, "2024-01-02T02:04:05.5Z")]
    [InlineData(1_234_567, "2024-01-02T02:04:05.123Z")]
    [InlineData(1_000, "2024-01-02T02:04:05Z")]
    public void Write_AnyOffset_WritesUtcWithAtMostThreeFractionDigits(long extraTicks, string expected)
    {
        var time = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)).AddTicks(extraTicks);

        var json = JsonSerializer.Serialize(new HeartbeatResponse { CurrentTime = time }, V201JsonContext.Default.HeartbeatResponse);

        Assert.Equal($$"""{"currentTime":"{{expected}}"}""", json);
    }

    [Theory]
    [InlineData("2019-04-12T23:20:50.52Z", "2019-04-12T23:20:50.5200000+00:00")]
    [InlineData("2019-12-19T16:39:57+01:00", "2019-12-19T16:39:57.0000000+01:00")]
    [InlineData("2019-12-19t16:39:57z", "2019-12-19T16:39:57.0000000+00:00")]
    [InlineData("2019-12-19T16:39:57.123456789-05:30", "2019-12-19T16:39:57.1234567-05:30")]
    [InlineData("2019-12-19T16:39:57+23:00", "2019-12-18T17:39:57.0000000+00:00")]
    public void Read_Rfc3339Time_KeepsTheInstant(string wire, string expected)
    {
        var response = JsonSerializer.Deserialize($$"""{"currentTime":"{{wire}}"}""", V201JsonContext.Default.HeartbeatResponse)!;

        Assert.Equal(expected, response.CurrentTime.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2019-12-19")]
    [InlineData("2019-12-19T16:39:57")]
    [InlineData("2019-12-19T16:39Z")]
    [InlineData("2019-12-19T23:59:60Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void Read_NotAnRfc3339Time_Throws(string wire)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"currentTime":"{{wire}}"}""", V201JsonContext.Default.HeartbeatResponse));
}
