using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Station.Tests.Support;

namespace SharpCharge.Station.Tests;

/// <summary>2.0.1 CustomerInformation: the report (N09) and the clearing (N10) of what the station holds about a token.</summary>
public sealed class ChargingStationCustomerInformationV201Tests
{
    [Fact]
    [Trait("Spec", "OCPP 2.0.1 N09.FR.02, N09.FR.05, N09.FR.06, N09.FR.07, N10.FR.06")]
    public async Task ReportAndClear_DescribeAndForgetTheToken()
    {
        MiniCentralSystem201? central = null;
        await using var harness = await StationHarness.StartAsync(StationHarness.Options(OcppVersion.V201), time => (central = new MiniCentralSystem201(time)).Router);
        await Eventually.TrueAsync(() => Task.FromResult(harness.Station.IsOnline));
        var server = harness.Connector.Server;
        var tag = new IdTokenType { IdToken = "TAG-1", Type = IdTokenEnumType.ISO14443 };
        await harness.Station.StartSessionAsync(1, "TAG-1");

        var nothing = await server.CallAsync(new CustomerInformationRequest { RequestId = 1, Report = false, Clear = false, IdToken = tag });
        var nobody = await server.CallAsync(new CustomerInformationRequest { RequestId = 2, Report = true, Clear = false });
        var report = await server.CallAsync(new CustomerInformationRequest { RequestId = 3, Report = true, Clear = false, IdToken = tag });
        var clear = await server.CallAsync(new CustomerInformationRequest { RequestId = 4, Report = false, Clear = true, IdToken = tag });
        harness.Station.StopSession(1);
        var after = await server.CallAsync(new CustomerInformationRequest { RequestId = 5, Report = true, Clear = false, IdToken = tag });
        await Eventually.TrueAsync(() => Task.FromResult(central!.All<NotifyCustomerInformationRequest>().Count == 3));

        Assert.Equal(CustomerInformationStatusEnumType.Rejected, nothing.Status);
        Assert.Equal(CustomerInformationStatusEnumType.Invalid, nobody.Status);
        Assert.All([report, clear, after], r => Assert.Equal(CustomerInformationStatusEnumType.Accepted, r.Status));
        var notes = central!.All<NotifyCustomerInformationRequest>().ToDictionary(n => n.RequestId, n => n.Data);
        Assert.Contains("cache Accepted", notes[3], StringComparison.Ordinal);
        Assert.Contains("session on EVSE 1", notes[3], StringComparison.Ordinal);
        Assert.Equal("Cleared data for idToken TAG-1 (cache entry removed).", notes[4]);
        Assert.Equal("No data found for idToken TAG-1.", notes[5]);
    }
}
