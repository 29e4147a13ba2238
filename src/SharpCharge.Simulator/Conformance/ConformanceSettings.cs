using SharpCharge.Ocpp;

namespace SharpCharge.Simulator.Conformance;

/// <summary>One conformance run, as the command line gave it.</summary>
internal sealed record ConformanceSettings
{
    /// <summary>The central system's endpoint without the station id; the station connects to <c>{Csms}/{StationId}</c>.</summary>
    public required Uri Csms { get; init; }

    public required OcppVersion Version { get; init; }

    /// <summary>The charge point id the station under test uses (the central system must accept it).</summary>
    public string StationId { get; init; } = "SC-CONFORMANCE";

    /// <summary>HTTP Basic password of the station, when the central system wants one.</summary>
    public string? Password { get; init; }

    /// <summary>Only these case ids; empty runs every case of the version.</summary>
    public IReadOnlyList<string> Cases { get; init; } = [];

    /// <summary>The SharpCharge REST API that plays the operator; without it operator steps are manual.</summary>
    public Uri? Api { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>An id token the central system accepts; without it (and without the API) the cases that need one are manual.</summary>
    public string? ValidToken { get; init; }

    /// <summary>Whether a person is there to carry out manual steps; otherwise such cases are not applicable.</summary>
    public bool Interactive { get; init; }

    /// <summary>How long a step waits for the central system's answer or CALL. Default 10 s.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a manual step waits for the operator. Default 2 minutes.</summary>
    public TimeSpan ManualTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public string? JUnitPath { get; init; }

    public string? MarkdownPath { get; init; }

    public string? TranscriptDirectory { get; init; }
}
