using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.StationAgainstCsms;

/// <summary>The station commands against a 1.6 charge point.</summary>
public sealed class StationCommands16Tests(CsmsForStations csms) : StationCommandsTests(csms), IClassFixture<CsmsForStations>
{
    private protected override OcppVersion Version => OcppVersion.V16;
}

/// <summary>The station commands against a 2.0.1 charging station.</summary>
public sealed class StationCommands201Tests(CsmsForStations csms) : StationCommands2xTests(csms), IClassFixture<CsmsForStations>
{
    private protected override OcppVersion Version => OcppVersion.V201;
}

/// <summary>The station commands against a 2.1 charging station.</summary>
public sealed class StationCommands21Tests(CsmsForStations csms) : StationCommands2xTests(csms), IClassFixture<CsmsForStations>
{
    private protected override OcppVersion Version => OcppVersion.V21;
}
