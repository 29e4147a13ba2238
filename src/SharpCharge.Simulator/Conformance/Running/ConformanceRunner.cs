using System.Net.WebSockets;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance.Running;

/// <summary>
/// Runs cases one after the other against one central system, each on a fresh connection of the station under
/// test, and turns each into a verdict with its transcript. A case never takes longer than its steps' timeouts.
/// </summary>
internal sealed class ConformanceRunner(ConformanceSettings settings, TextWriter output, TimeProvider time)
{
    public async Task<IReadOnlyList<ConformanceResult>> RunAsync(IReadOnlyList<ConformanceCase> cases, CancellationToken cancellationToken)
    {
        using var http = settings.Api is null ? null : OperatorHttp.Create(settings);
        var stamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tokens = ConformanceTokens.Default(settings.ValidToken);
        if (http is not null)
        {
            await PrepareAsync(http, tokens, cancellationToken).ConfigureAwait(false);
        }

        var results = new List<ConformanceResult>(cases.Count);
        foreach (var @case in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await RunCaseAsync(@case, http, tokens, stamp, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            await output.WriteLineAsync(ResultTable.Line(result)).ConfigureAwait(false);
        }

        return results;
    }

    private async Task<ConformanceResult> RunCaseAsync(ConformanceCase @case, HttpClient? http, ConformanceTokens tokens, string stamp, CancellationToken cancellationToken)
    {
        if (@case.NotApplicable is { } reason)
        {
            return new ConformanceResult(@case, ConformanceVerdict.NotApplicable, reason, TimeSpan.Zero, []);
        }

        var script = new CaseScript(@case.Version);
        @case.Script(script);
        if (http is null && !settings.Interactive && script.FirstManualStep(settings) is { } manual)
        {
            return new ConformanceResult(@case, ConformanceVerdict.NotApplicable, $"manual: {manual.Description} (run interactively, or give --sharpcharge-api)", TimeSpan.Zero, []);
        }

        var started = time.GetTimestamp();
        var state = new CaseState(settings.StationId, tokens, $"{@case.Id}-{stamp}", time) { Password = settings.Password, RunPassword = settings.Password };
        var transcript = new Transcript(time);
        var api = http is null ? null : new OperatorApi(http, settings.StationId, transcript, cancellationToken);
        ConformanceVerdict verdict;
        string? failure = null;
        await using (var run = new CaseRun(settings, script, state, api, transcript, output, time))
        {
            try
            {
                foreach (var step in script.Steps)
                {
                    transcript.Note("step: " + step.Describe());
                    await step.RunAsync(run, cancellationToken).ConfigureAwait(false);
                }

                verdict = ConformanceVerdict.Passed;
            }
            catch (CaseFailedException e)
            {
                (verdict, failure) = (ConformanceVerdict.Failed, e.Message);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException or Ocpp.Rpc.OcppConnectionClosedException)
            {
                (verdict, failure) = (ConformanceVerdict.Failed, "the connection failed: " + e.Message);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Only the step timeouts cancel without the run being cancelled: the WebSocket handshake took too long.
                (verdict, failure) = (ConformanceVerdict.Failed, $"the central system did not complete the WebSocket handshake within {settings.StepTimeout.TotalSeconds:0} s");
            }

            if (failure is not null && script.Recovery is { } recover && run.OpenConnection is { } connection)
            {
                await RecoverAsync(recover, state, connection, transcript, cancellationToken).ConfigureAwait(false);
            }

            if (api is not null)
            {
                foreach (var cleanup in script.Cleanups)
                {
                    transcript.Note("clean-up: " + cleanup.Description);
                    await cleanup.RunNowAsync(api, state).ConfigureAwait(false);
                }
            }
        }

        if (failure is not null)
        {
            transcript.Note("FAILED: " + failure);
        }

        return new ConformanceResult(@case, verdict, failure, time.GetElapsedTime(started), transcript.Lines);
    }

    private static async Task RecoverAsync(Func<CaseState, Ocpp.Rpc.OcppConnection, CancellationToken, Task> recover, CaseState state, Ocpp.Rpc.OcppConnection connection, Transcript transcript, CancellationToken cancellationToken)
    {
        transcript.Note("recovery after the failure");
        try
        {
            await recover(state, connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Ocpp.Rpc.OcppCallException or Ocpp.Rpc.OcppCallTimeoutException or Ocpp.Rpc.OcppConnectionClosedException or Ocpp.Rpc.OcppInvalidResponseException or WebSocketException or IOException)
        {
            // The case has failed already; the recovery only tries to leave the central system tidy.
            transcript.Note("recovery failed: " + e.Message);
        }
    }

    /// <summary>With the API: the station under test is registered and accepted, and the cases' id tokens have their statuses.</summary>
    private async Task PrepareAsync(HttpClient http, ConformanceTokens tokens, CancellationToken cancellationToken)
    {
        var transcript = new Transcript(time);
        var api = new OperatorApi(http, settings.StationId, transcript, cancellationToken);
        var registered = await api.Post("/api/chargers", new() { ["id"] = settings.StationId }).ConfigureAwait(false);
        if (!registered.IsSuccess && registered.Status != 409)
        {
            throw new ConformanceSetupException($"The SharpCharge API at {settings.Api} did not register station {settings.StationId}: HTTP {registered.Status}. Check --sharpcharge-api and --api-key.");
        }

        await api.Patch("/api/chargers/" + Uri.EscapeDataString(settings.StationId), new() { ["registration_status"] = "accepted" }).ConfigureAwait(false);
        if (settings.ValidToken is null)
        {
            await api.Token(tokens.Valid, "accepted", tokens.Group).ConfigureAwait(false);
        }

        await api.Token(tokens.GroupMember, "accepted", tokens.Group).ConfigureAwait(false);
        await api.Token(tokens.Blocked, "blocked").ConfigureAwait(false);
        await api.Token(tokens.Expired, "accepted", expiresAt: time.GetUtcNow().AddDays(-1)).ConfigureAwait(false);
    }
}
