using System.Globalization;
using SharpCharge.Csms.Dashboard.Services;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Dashboard.Endpoints;

/// <summary>Sends one button's command to one charger on behalf of one operator and words the outcome.</summary>
internal sealed class ChargerCommandSender
{
    /// <summary>The 2.x variables the configuration view reads: the ones operators change most.</summary>
    private static readonly VariableReference[] CommonVariables =
    [
        new("OCPPCommCtrlr", "HeartbeatInterval"),
        new("SampledDataCtrlr", "TxUpdatedInterval"),
        new("SampledDataCtrlr", "TxUpdatedMeasurands"),
        new("AlignedDataCtrlr", "Interval"),
        new("TxCtrlr", "EVConnectionTimeOut"),
        new("AuthCtrlr", "AuthorizeRemoteStart"),
        new("AuthCtrlr", "LocalPreAuthorize"),
        new("SmartChargingCtrlr", "Enabled"),
    ];

    private readonly ICommandService _commands;
    private readonly string _chargerId;
    private readonly string _requestedBy;
    private readonly CancellationToken _cancellationToken;

    public ChargerCommandSender(ICommandService commands, string chargerId, string requestedBy, CancellationToken cancellationToken)
    {
        _commands = commands;
        _chargerId = chargerId;
        _requestedBy = requestedBy;
        _cancellationToken = cancellationToken;
    }

    public async Task<CommandFeedback> SendAsync(ChargerCommand command, string? success = null) =>
        CommandFeedback.From(await _commands.SendAsync(_chargerId, command, _requestedBy, _cancellationToken).ConfigureAwait(false), success);

    public async Task<CommandFeedback> StartAsync(string token, int? evseId)
    {
        var result = await _commands.StartChargingAsync(_chargerId, new StartCharging(token, null, evseId, null), _requestedBy, _cancellationToken)
            .ConfigureAwait(false);
        if (result.Command.Outcome == CommandOutcome.Success)
        {
            return result.TransactionId is { } id
                ? new CommandFeedback(CommandFeedback.Accepted, $"The charger started session {id.ToString(CultureInfo.InvariantCulture)}.")
                : new CommandFeedback(CommandFeedback.Accepted, $"The charger accepted, but no session has started yet{Because(result.Reason)}.");
        }

        return CommandFeedback.From(result.Command);
    }

    public async Task<CommandFeedback> StopAsync(long transactionId)
    {
        var result = await _commands.StopChargingAsync(_chargerId, transactionId, _requestedBy, _cancellationToken).ConfigureAwait(false);
        if (result.Command.Outcome == CommandOutcome.Success)
        {
            return result.EnergyKwh is { } kwh
                ? new CommandFeedback(CommandFeedback.Accepted, $"Session {transactionId.ToString(CultureInfo.InvariantCulture)} ended after {kwh.ToString("0.###", CultureInfo.InvariantCulture)} kWh.")
                : new CommandFeedback(CommandFeedback.Accepted, $"The charger accepted the stop{Because(result.Reason)}.");
        }

        return CommandFeedback.From(result.Command);
    }

    /// <summary>1.6: every configuration key (GetConfiguration); 2.x: the common variables (GetVariables).</summary>
    public async Task<CommandFeedback> ReadConfigurationAsync(string? ocppVersion)
    {
        if (ocppVersion == "1.6")
        {
            var result = await _commands.SendAsync(_chargerId, new GetConfiguration([]), _requestedBy, _cancellationToken).ConfigureAwait(false);
            return result.Reply.Data is ConfigurationReport report
                ? new CommandFeedback(CommandFeedback.Accepted, $"{report.Keys.Count} keys read.") { Data = [.. report.Keys.Select(k => new ConfigRow(k.Key, k.Value, k.ReadOnly))] }
                : CommandFeedback.From(result);
        }

        var variables = await _commands.SendAsync(_chargerId, new GetVariables(CommonVariables), _requestedBy, _cancellationToken).ConfigureAwait(false);
        return variables.Reply.Data is IReadOnlyList<VariableResult> results
            ? new CommandFeedback(CommandFeedback.Accepted, $"{results.Count} variables read.")
            {
                Data = [.. results.Select(r => new ConfigRow($"{r.Variable.Component}/{r.Variable.Variable}", r.Value ?? $"({r.Status})", false))],
            }
            : CommandFeedback.From(variables);
    }

    /// <summary>1.6: ChangeConfiguration of a key; 2.x: SetVariables of "Component/Variable".</summary>
    public Task<CommandFeedback> ChangeConfigurationAsync(string? ocppVersion, string key, string value)
    {
        if (ocppVersion == "1.6")
        {
            return SendAsync(new ChangeConfiguration(key, value), $"The charger accepted {key} = {value}.");
        }

        var parts = key.Split('/', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? SendAsync(new SetVariables([new VariableAssignment(new VariableReference(parts[0], parts[1]), value)]), $"The charger accepted {key} = {value}.")
            : Task.FromResult(CommandFeedback.Invalid("A 2.x variable is named Component/Variable, e.g. OCPPCommCtrlr/HeartbeatInterval."));
    }

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? string.Empty : $": {reason}";
}
