namespace SharpCharge.Simulator.Scenarios;

/// <summary>What a scripted step does.</summary>
internal enum ScenarioAction
{
    /// <summary>A vehicle arrives and plugs in; it waits for a token before charging.</summary>
    PlugIn,

    /// <summary>The driver presents a token: Authorize, then the session starts.</summary>
    Authorize,

    /// <summary>The driver ends the session and unplugs.</summary>
    Unplug,

    /// <summary>The station loses its network: the connection drops and stays down.</summary>
    Offline,

    /// <summary>The network is back: the station reconnects and sends what it queued.</summary>
    Online,
}
