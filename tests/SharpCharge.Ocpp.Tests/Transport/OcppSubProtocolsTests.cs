using SharpCharge.Ocpp.Transport;

namespace SharpCharge.Ocpp.Tests.Transport;

public sealed class OcppSubProtocolsTests
{
    private static readonly OcppVersion[] AllVersions = [OcppVersion.V16, OcppVersion.V201, OcppVersion.V21];

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 Part 4 §3.1.2")]
    public void Negotiate_PicksTheClientsFirstPreferenceThatIsEnabled()
    {
        Assert.Equal("ocpp2.0.1", OcppSubProtocols.Negotiate(["ocpp2.0.1", "ocpp1.6"], AllVersions));
        Assert.Equal("ocpp1.6", OcppSubProtocols.Negotiate(["ocpp1.6", "ocpp2.1"], AllVersions));
        Assert.Equal("ocpp1.6", OcppSubProtocols.Negotiate(["ocpp2.1", "ocpp1.6"], [OcppVersion.V16]));
    }

    [Fact]
    public void Negotiate_CommaSeparatedHeader_IsSplit()
        => Assert.Equal("ocpp2.1", OcppSubProtocols.Negotiate(["ocpp1.2, ocpp2.1, ocpp1.6"], AllVersions));

    [Fact]
    [Trait("TestCase", "TC_B_58_CSMS")]
    [Trait("TestCase", "TC_088_CSMS")]
    public void Negotiate_NothingInCommon_ReturnsNull()
    {
        Assert.Null(OcppSubProtocols.Negotiate(["ocpp1.5", "ocpp2.0"], AllVersions));
        Assert.Null(OcppSubProtocols.Negotiate([], AllVersions));
        Assert.Null(OcppSubProtocols.Negotiate(["ocpp2.1"], [OcppVersion.V16]));
    }

    [Fact]
    public void TryParse_IsExact()
    {
        Assert.True(OcppSubProtocols.TryParse("ocpp2.0.1", out var version));
        Assert.Equal(OcppVersion.V201, version);
        Assert.False(OcppSubProtocols.TryParse("OCPP2.0.1", out _));
        Assert.False(OcppSubProtocols.TryParse("ocpp2.0", out _));
        Assert.Equal("ocpp2.1", OcppVersion.V21.ToSubProtocol());
    }
}
