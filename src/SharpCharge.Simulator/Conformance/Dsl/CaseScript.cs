using System.Text.Json.Nodes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Rpc;
using SharpCharge.Ocpp.Transport;
using SharpCharge.Simulator.Conformance.Running;

namespace SharpCharge.Simulator.Conformance.Dsl;

/// <summary>
/// The steps of one case, written so the case reads like its table in the test case document:
/// <code>
/// s.Send(_ => new BootNotificationRequest { ... }).Expect(r => r.Status == RegistrationStatusEnumType.Accepted);
/// s.Operator("Request the CSMS to reset the station", api => api.Post("reset", new() { ["type"] = "on_idle" }));
/// s.ExpectCall(V201Actions.Reset).Where(r => r.Type == ResetEnumType.OnIdle).Reply(_ => new ResetResponse { ... });
/// </code>
/// The script is written first and run afterwards, so the runner knows before connecting which of the central
/// system's CALLs the station answers (any other is answered NotSupported) and whether an operator is needed.
/// </summary>
internal sealed class CaseScript(OcppVersion version)
{
    private readonly List<ScriptStep> _steps = [];
    private readonly Dictionary<OcppAction, Func<CallInbox, object>> _handlers = new(ReferenceEqualityComparer.Instance);
    private const string RestorePassword = "Give the station its run's password (or none) again";
    private readonly List<OperatorStep> _cleanups = [];

    public OcppVersion Version { get; } = version;

    public OcppActionCatalogue Catalogue => Version == OcppVersion.V16
        ? Ocpp.Messages.V16.V16Actions.Catalogue
        : Ocpp.Messages.V201.V201Actions.Catalogue;

    public IReadOnlyList<ScriptStep> Steps => _steps;

    /// <summary>
    /// What the station does when a case fails halfway (end the transaction it left open, say), so the central
    /// system's state does not make the next case fail too. Best effort: its own failures are only noted.
    /// </summary>
    public Func<CaseState, OcppConnection, CancellationToken, Task>? Recovery { get; set; }

    /// <summary>Operator steps that put the central system back as it was; they run after the case, passed or not.</summary>
    public IReadOnlyList<OperatorStep> Cleanups => _cleanups;

    /// <summary>The first operator step a run without the API must do by hand, or null when none is needed.</summary>
    public OperatorStep? FirstManualStep(ConformanceSettings settings)
        => _steps.OfType<OperatorStep>().FirstOrDefault(o => !o.Skipped(settings));

    /// <summary>One handler per action the script expects from the central system, feeding <paramref name="inbox"/>.</summary>
    public IEnumerable<object> Handlers(CallInbox inbox) => _handlers.Values.Select(make => make(inbox));

    /// <summary>The station sends a CALL built from the case's state; chain <c>.Expect</c> to check the answer.</summary>
    public SendStep<TResponse> Send<TResponse>(Func<CaseState, IOcppRequest<TResponse>> build)
        where TResponse : class, IOcppResponse
        => Add(new SendStep<TResponse>(build));

    /// <summary>The station waits for the central system to send <paramref name="action"/>; chain <c>.Where</c> and <c>.Reply</c>.</summary>
    public ExpectCallStep<TRequest, TResponse> ExpectCall<TRequest, TResponse>(OcppCallAction<TRequest, TResponse> action)
        where TRequest : class, IOcppRequest<TResponse>
        where TResponse : class, IOcppResponse
    {
        _handlers.TryAdd(action, inbox => new InboxHandler<TRequest, TResponse>(action, inbox));
        return Add(new ExpectCallStep<TRequest, TResponse>(action));
    }

    /// <summary>
    /// The operator makes the central system do something (a "Manual Action" in the test case document): through
    /// the SharpCharge API when the run has it, otherwise a person reads <paramref name="description"/> and does it.
    /// The request runs alongside the following steps, because it may only finish once the station answered.
    /// </summary>
    public OperatorStep Operator(string description, Func<OperatorApi, Task<OperatorReply>> action)
        => Add(new OperatorStep(description, (api, _) => action(api)));

    /// <inheritdoc cref="Operator(string, Func{OperatorApi, Task{OperatorReply}})"/>
    public OperatorStep Operator(string description, Func<OperatorApi, CaseState, Task<OperatorReply>> action)
        => Add(new OperatorStep(description, action));

    /// <summary>An operator step that must finish successfully before the case goes on (configuration, not a trigger).</summary>
    public OperatorStep Setup(string description, Func<OperatorApi, Task<OperatorReply>> action)
        => Add(new OperatorStep(description, (api, _) => action(api)) { Background = false });

    /// <summary>An operator step that puts the central system back as it was after the case, passed or not.</summary>
    public void CleanUp(string description, Func<OperatorApi, Task<OperatorReply>> action)
        => _cleanups.Add(new OperatorStep(description, (api, _) => action(api)) { Background = false });

    /// <summary>Makes sure the central system accepts the valid id token: nothing to do when the run was given one.</summary>
    public void ValidToken() => Add(new OperatorStep("Configure the CSMS to accept the valid id token (or pass --valid-token)", (api, s) => api.Token(s.Tokens.Valid, "accepted", s.Tokens.Group))
    {
        SkipWhen = settings => settings.ValidToken is not null && settings.Api is null,
        Background = false,
    });

    /// <summary>Registers <paramref name="idToken"/> with <paramref name="status"/> before the case goes on.</summary>
    public void TokenStatus(Func<ConformanceTokens, string> idToken, string status, string? description = null) => Add(new OperatorStep(
        description ?? $"Configure the CSMS so that the id token is {status}",
        (api, s) => status == "expired"
            ? api.Token(idToken(s.Tokens), "accepted", expiresAt: s.Now.AddDays(-1))
            : api.Token(idToken(s.Tokens), status, status == "accepted" ? s.Tokens.Group : null))
    {
        Background = false,
    });

    /// <summary>Sets the registration status the central system answers the station's boot with.</summary>
    public void Registration(string status)
    {
        Add(RegistrationStep(status));
        if (status != "accepted")
        {
            _cleanups.Add(RegistrationStep("accepted"));
        }
    }

    /// <summary>The station drops its connection and connects again (after a reset, or to go offline and back).</summary>
    public void Reconnect() => Add(new ReconnectStep());

    /// <summary>The station drops its connection and tries one that the central system must refuse.</summary>
    public void HandshakeRefused(string description, Func<CaseState, ConformanceSettings, Handshake> build) => Add(new HandshakeStep(description, build, null));

    /// <summary>The station drops its connection and tries one that the central system must accept with <paramref name="subProtocol"/>.</summary>
    public void HandshakeAccepted(string description, Func<CaseState, ConformanceSettings, Handshake> build, string subProtocol)
        => Add(new HandshakeStep(description, build, subProtocol));

    /// <summary>
    /// 1.6 TC_088_CSMS, 2.0.1 TC_B_58_CSMS (errata 2025-09): offering only an unknown subprotocol must not be upgraded;
    /// offering it first and the version second must be upgraded with exactly the version (OCPP-J 1.6 §3.1.2, 2.0.1
    /// Part 4 §3.1.2).
    /// </summary>
    public void SubProtocolNegotiation()
    {
        HandshakeRefused("offering only ocpp0.1 must not be upgraded", (st, settings) => Handshake.Normal(settings, st.Password) with { SubProtocols = ["ocpp0.1"] });
        HandshakeAccepted(
            $"offering ocpp0.1 and {Version.ToSubProtocol()} must be upgraded with {Version.ToSubProtocol()}",
            (st, settings) => Handshake.Normal(settings, st.Password) with { SubProtocols = ["ocpp0.1", Version.ToSubProtocol()] },
            Version.ToSubProtocol());
    }

    /// <summary>
    /// Makes sure the central system knows a password for the station (security profile 1): the run's --password, or
    /// through the API a fresh random one that the clean-up takes away again. Without either the step is manual and
    /// tells the person to rerun with --password.
    /// </summary>
    public void StationPassword()
    {
        Add(new OperatorStep(
            "Configure a password for the station in the CSMS (HTTP Basic authentication) and pass it with --password",
            (api, st) =>
            {
                st.Password = ConformancePasswords.New();
                return api.Patch("/api/chargers/" + Uri.EscapeDataString(api.StationId), new JsonObject { ["password"] = st.Password });
            })
        {
            Background = false,
            SkipWhen = settings => settings.Password is not null,
        });
        RestorePasswordAfterwards();
    }

    /// <summary>Puts the run's own password (or none) back in the central system after a case that changed it.</summary>
    public void RestorePasswordAfterwards()
    {
        if (_cleanups.Any(c => c.Description == RestorePassword))
        {
            return;
        }

        _cleanups.Add(new OperatorStep(
            RestorePassword,
            (api, st) => api.Patch("/api/chargers/" + Uri.EscapeDataString(api.StationId), new JsonObject { ["password"] = st.RunPassword ?? "" }))
        {
            Background = false,
        });
    }

    /// <summary>Waits for the operator's requests in flight and fails the case when one failed.</summary>
    public void OperatorsDone() => Add(new OperatorsDoneStep());

    /// <summary>A note in the transcript (what the tool checks by hand in the document, for example).</summary>
    public void Note(string text) => Add(new NoteStep(text));

    private static OperatorStep RegistrationStep(string status) => new(
        $"Configure the CSMS to answer the station's BootNotification with {status}",
        (api, _) => api.Patch("/api/chargers/" + Uri.EscapeDataString(api.StationId), new JsonObject { ["registration_status"] = status }))
    {
        Background = false,
    };

    private T Add<T>(T step)
        where T : ScriptStep
    {
        _steps.Add(step);
        return step;
    }
}
