using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SharpCharge.Csms.Api.Commands.Models;
using SharpCharge.Csms.Domain.Commands;

namespace SharpCharge.Csms.Api.Commands;

/// <summary>
/// A charger's settings: 1.6 configuration keys (<c>GET|PUT /configuration</c>), 2.x device-model variables
/// (<c>GET|PUT /variables</c>) and 2.x reports (<c>POST /reports</c>). The other version's routes answer 422.
/// </summary>
internal static class ConfigurationEndpoints
{
    public static void MapConfigurationCommands(this IEndpointRouteBuilder routes)
    {
        var group = CommandRoutes.Group(routes);
        group.MapGet("/configuration", GetConfigurationAsync).WithName("GetConfiguration")
            .WithSummary("1.6: read configuration keys (all when no key is given).");
        group.MapPut("/configuration", ChangeConfigurationAsync).WithName("ChangeConfiguration").WithSummary("1.6: change one configuration key.");
        group.MapGet("/variables", GetVariablesAsync).WithName("GetVariables")
            .WithSummary("2.x: read variables, given as pairs of component and variable query parameters.");
        group.MapPut("/variables", SetVariablesAsync).WithName("SetVariables").WithSummary("2.x: set variables.");
        group.MapPost("/reports", GetReportAsync).WithName("RequestReport")
            .WithSummary("2.x: ask for a base report (report_base) or a custom report (criteria, variables); it arrives as NotifyReport.");
    }

    private static async Task<Results<Ok<ConfigurationResponse>, ProblemHttpResult, ValidationProblem>> GetConfigurationAsync(
        [AsParameters] CommandTarget target, [FromQuery(Name = "key")] string[]? keys)
    {
        var result = await target.SendAsync(new GetConfiguration(keys ?? []));
        return CommandResults.Map(target.Id, result, r =>
        {
            var report = r.Reply.Data as ConfigurationReport ?? new ConfigurationReport([], []);
            return new ConfigurationResponse(
                CommandResults.Status(r.Outcome), target.Id, r.CommandId, [.. report.Keys.Select(k => new ConfigurationKeyView(k.Key, k.Value, k.ReadOnly))], report.UnknownKeys);
        });
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> ChangeConfigurationAsync([AsParameters] CommandTarget target, ConfigurationBody body)
    {
        if (string.IsNullOrWhiteSpace(body.Key))
        {
            return ApiProblems.Invalid("key", "Required: the configuration key to change.");
        }

        if (body.Value is null)
        {
            return ApiProblems.Invalid("value", "Required: the new value (a string).");
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new ChangeConfiguration(body.Key, body.Value)), r => CommandResults.Response(target.Id, r));
    }

    private static async Task<Results<Ok<VariablesResponse>, ProblemHttpResult, ValidationProblem>> GetVariablesAsync(
        [AsParameters] CommandTarget target,
        [FromQuery(Name = "component")] string[]? components,
        [FromQuery(Name = "variable")] string[]? variables,
        [FromQuery(Name = "evse_id")] int? evseId,
        [FromQuery(Name = "attribute_type")] string? attributeType)
    {
        if (components is not { Length: > 0 } || variables is null || variables.Length != components.Length)
        {
            return ApiProblems.Invalid("component", "Give each variable as a pair of query parameters, e.g. ?component=OCPPCommCtrlr&variable=HeartbeatInterval.");
        }

        var references = components.Zip(variables, (c, v) => new VariableReference(c, v) { EvseId = evseId, AttributeType = attributeType }).ToList();
        var result = await target.SendAsync(new GetVariables(references));
        return CommandResults.Map(target.Id, result, r => Variables(target.Id, r));
    }

    private static async Task<Results<Ok<VariablesResponse>, ProblemHttpResult, ValidationProblem>> SetVariablesAsync([AsParameters] CommandTarget target, VariablesBody body)
    {
        if (body.Variables is not { Count: > 0 } list)
        {
            return ApiProblems.Invalid("variables", "Required: at least one variable with component, variable and value.");
        }

        var values = new List<VariableAssignment>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (Reference(list[i]) is not { } reference || list[i].Value is not { } value)
            {
                return ApiProblems.Invalid($"variables[{i}]", "Needs component, variable and value.");
            }

            values.Add(new VariableAssignment(reference, value));
        }

        return CommandResults.Map(target.Id, await target.SendAsync(new SetVariables(values)), r => Variables(target.Id, r));
    }

    private static async Task<Results<Ok<CommandResponse>, ProblemHttpResult, ValidationProblem>> GetReportAsync([AsParameters] CommandTarget target, ReportBody body)
    {
        var references = new List<VariableReference>();
        foreach (var (variable, i) in (body.Variables ?? []).Select((v, i) => (v, i)))
        {
            // A custom report may name a whole component (no variable).
            if (string.IsNullOrWhiteSpace(variable.Component))
            {
                return ApiProblems.Invalid($"variables[{i}].component", "Required: the component to report on.");
            }

            references.Add(Reference(variable) ?? new VariableReference(variable.Component, string.Empty));
        }

        if (body.ReportBase is null && references.Count == 0 && body.Criteria is not { Count: > 0 })
        {
            return ApiProblems.Invalid("report_base", "Give report_base (ConfigurationInventory, FullInventory, SummaryInventory), or criteria and/or variables for a custom report.");
        }

        var result = await target.SendAsync(new GetReport(body.ReportBase, body.Criteria ?? [], references));
        return CommandResults.Map(target.Id, result, r => CommandResults.Response(target.Id, r));
    }

    private static VariableReference? Reference(VariableBody body)
        => string.IsNullOrWhiteSpace(body.Component) || string.IsNullOrWhiteSpace(body.Variable)
            ? null
            : new VariableReference(body.Component, body.Variable)
            {
                ComponentInstance = body.ComponentInstance,
                VariableInstance = body.VariableInstance,
                EvseId = body.EvseId,
                ConnectorId = body.ConnectorId,
                AttributeType = body.AttributeType,
            };

    private static VariablesResponse Variables(string chargerId, CommandResult result)
    {
        var results = result.Reply.Data as IReadOnlyList<VariableResult> ?? [];
        return new VariablesResponse(
            CommandResults.Status(result.Outcome),
            chargerId,
            result.CommandId,
            [.. results.Select(v => new VariableView(v.Variable.Component, v.Variable.Variable, v.Status)
            {
                ComponentInstance = v.Variable.ComponentInstance,
                VariableInstance = v.Variable.VariableInstance,
                EvseId = v.Variable.EvseId,
                ConnectorId = v.Variable.ConnectorId,
                AttributeType = v.Variable.AttributeType,
                Value = v.Value,
                Detail = v.Detail,
            })]);
    }
}
