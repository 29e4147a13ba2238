using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Station.Configuration;
using SharpCharge.Station.DeviceModel;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>Report entries per NotifyReport part: a full inventory goes out in several parts (seqNo, tbc).</summary>
    internal const int ReportPartSize = 25;

    /// <summary>
    /// The device model requests (B05-B08, OCPP-NOTES §5.2, §5.3, §5.6). Get/SetVariables answer item by item;
    /// GetBaseReport and GetReport answer first and then send the report as NotifyReport parts through the queue.
    /// </summary>
    private sealed class DeviceModelHandlers(V201StationProtocol protocol, IStationControl station) :
        IOcppHandler<GetVariablesRequest, GetVariablesResponse>,
        IOcppHandler<SetVariablesRequest, SetVariablesResponse>,
        IOcppHandler<GetBaseReportRequest, GetBaseReportResponse>,
        IOcppHandler<GetReportRequest, GetReportResponse>
    {
        public ValueTask<GetVariablesResponse> HandleAsync(GetVariablesRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var results = request.GetVariableData.Select(item =>
            {
                var kind = item.AttributeType is { } type ? (AttributeKind)(int)type : AttributeKind.Actual;
                var (lookup, _, attribute) = Find(item.Component, item.Variable, kind);
                var status = lookup switch
                {
                    VariableLookup.UnknownComponent => GetVariableStatusEnumType.UnknownComponent,
                    VariableLookup.UnknownVariable => GetVariableStatusEnumType.UnknownVariable,
                    VariableLookup.NotSupportedAttributeType => GetVariableStatusEnumType.NotSupportedAttributeType,
                    _ when attribute!.Mutability == VariableMutability.WriteOnly => GetVariableStatusEnumType.Rejected,
                    _ => GetVariableStatusEnumType.Accepted,
                };
                return new GetVariableResultType
                {
                    AttributeStatus = status,
                    AttributeType = item.AttributeType ?? AttributeEnumType.Actual,
                    AttributeValue = status == GetVariableStatusEnumType.Accepted ? attribute!.Read() : null,
                    Component = item.Component,
                    Variable = item.Variable,
                };
            }).ToArray();
            return ValueTask.FromResult(new GetVariablesResponse { GetVariableResult = results });
        }

        public ValueTask<SetVariablesResponse> HandleAsync(SetVariablesRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var results = request.SetVariableData.Select(item =>
            {
                var kind = item.AttributeType is { } type ? (AttributeKind)(int)type : AttributeKind.Actual;
                var (lookup, _, attribute) = Find(item.Component, item.Variable, kind);
                var status = lookup switch
                {
                    VariableLookup.UnknownComponent => SetVariableStatusEnumType.UnknownComponent,
                    VariableLookup.UnknownVariable => SetVariableStatusEnumType.UnknownVariable,
                    VariableLookup.NotSupportedAttributeType => SetVariableStatusEnumType.NotSupportedAttributeType,
                    _ when attribute!.Mutability == VariableMutability.ReadOnly || attribute.Write is null => SetVariableStatusEnumType.Rejected,
                    _ => attribute.Write(item.AttributeValue) switch
                    {
                        SettingOutcome.Accepted => SetVariableStatusEnumType.Accepted,
                        SettingOutcome.RebootRequired => SetVariableStatusEnumType.RebootRequired,
                        _ => SetVariableStatusEnumType.Rejected,
                    },
                };
                return new SetVariableResultType
                {
                    AttributeStatus = status,
                    AttributeType = item.AttributeType ?? AttributeEnumType.Actual,
                    Component = item.Component,
                    Variable = item.Variable,
                };
            }).ToArray();
            return ValueTask.FromResult(new SetVariablesResponse { SetVariableResult = results });
        }

        public ValueTask<GetBaseReportResponse> HandleAsync(GetBaseReportRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var variables = request.ReportBase switch
            {
                ReportBaseEnumType.ConfigurationInventory => station.DeviceModel.Variables.Where(v => v.IsConfigurable),
                ReportBaseEnumType.SummaryInventory => station.DeviceModel.Variables.Where(v => v.Variable == "AvailabilityState"),
                _ => station.DeviceModel.Variables,
            };
            protocol.QueueReport(request.RequestId, [.. variables]);
            return ValueTask.FromResult(new GetBaseReportResponse { Status = GenericDeviceModelStatusEnumType.Accepted });
        }

        public ValueTask<GetReportResponse> HandleAsync(GetReportRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            var variables = station.DeviceModel.Variables.Where(v => Matches(v, request)).ToArray();
            if (variables.Length == 0)
            {
                return ValueTask.FromResult(new GetReportResponse { Status = GenericDeviceModelStatusEnumType.EmptyResultSet });
            }

            protocol.QueueReport(request.RequestId, variables);
            return ValueTask.FromResult(new GetReportResponse { Status = GenericDeviceModelStatusEnumType.Accepted });
        }

        /// <summary>
        /// Criteria are OR-combined over the base variables (a missing Enabled/Available/Active counts as true, Problem
        /// as false); a component-variable entry without variable means all of it, without EVSE all EVSEs (B08).
        /// </summary>
        private bool Matches(DeviceVariable variable, GetReportRequest request)
        {
            if (request.ComponentVariable is { Count: > 0 } wanted
                && !wanted.Any(w => w.Component.Name == variable.Component
                                    && (w.Component.Instance is null || w.Component.Instance == variable.ComponentInstance)
                                    && (w.Component.Evse is null || (w.Component.Evse.Id == variable.EvseId && (w.Component.Evse.ConnectorId is null || w.Component.Evse.ConnectorId == variable.ConnectorId)))
                                    && (w.Variable is null || (w.Variable.Name == variable.Variable && (w.Variable.Instance is null || w.Variable.Instance == variable.VariableInstance)))))
            {
                return false;
            }

            if (request.ComponentCriteria is not { Count: > 0 } criteria)
            {
                return true;
            }

            return criteria.Any(c => c switch
            {
                ComponentCriterionEnumType.Problem => BaseFlag(variable, "Problem", false),
                ComponentCriterionEnumType.Enabled => BaseFlag(variable, "Enabled", true),
                ComponentCriterionEnumType.Available => BaseFlag(variable, "Available", true),
                _ => BaseFlag(variable, "Active", true),
            });
        }

        private bool BaseFlag(DeviceVariable variable, string name, bool absent)
        {
            var flag = station.DeviceModel.Variables.FirstOrDefault(v => v.Variable == name && v.IsComponent(variable.Component, variable.ComponentInstance, variable.EvseId, variable.ConnectorId));
            return flag?.AttributeOf(AttributeKind.Actual)?.Read() is { } value ? value == "true" : absent;
        }

        private (VariableLookup, DeviceVariable?, DeviceAttribute?) Find(ComponentType component, VariableType variable, AttributeKind kind)
            => station.DeviceModel.Find(component.Name, component.Instance, component.Evse?.Id, component.Evse?.ConnectorId, variable.Name, variable.Instance, kind);
    }

    /// <summary>Queues the report in parts of <see cref="ReportPartSize"/> entries: seqNo from 0, tbc on all but the last.</summary>
    private void QueueReport(int requestId, IReadOnlyList<DeviceVariable> variables)
    {
        var generatedAt = _time.GetUtcNow();
        var parts = variables.Chunk(ReportPartSize).ToArray();
        for (var seqNo = 0; seqNo < parts.Length; seqNo++)
        {
            var part = parts[seqNo];
            var last = seqNo == parts.Length - 1;
            var number = seqNo;
            _station.Enqueue(new QueuedMessage("NotifyReport", MessageKind.Notification, null, async (connection, _, token) =>
                await connection.CallAsync(
                    new NotifyReportRequest
                    {
                        RequestId = requestId,
                        GeneratedAt = generatedAt,
                        SeqNo = number,
                        Tbc = last ? null : true,

                        // Values are read when the part is sent, which is what the station holds at that moment.
                        ReportData = [.. part.Select(ReportDataOf)],
                    },
                    token).ConfigureAwait(false)));
        }
    }

    private static ReportDataType ReportDataOf(DeviceVariable variable) => new()
    {
        Component = new ComponentType
        {
            Name = variable.Component,
            Instance = variable.ComponentInstance,
            Evse = variable.EvseId is { } evse ? new EVSEType { Id = evse, ConnectorId = variable.ConnectorId } : null,
        },
        Variable = new VariableType { Name = variable.Variable, Instance = variable.VariableInstance },
        VariableAttribute = [.. variable.Attributes.Select(a => new VariableAttributeType
        {
            Type = (AttributeEnumType)(int)a.Kind,
            Value = a.Mutability == VariableMutability.WriteOnly ? null : a.Read(),
            Mutability = (MutabilityEnumType)(int)a.Mutability,
            Persistent = a.Persistent,
            Constant = a.Constant,
        })],
        VariableCharacteristics = new VariableCharacteristicsType
        {
            DataType = (DataEnumType)(int)variable.DataType,
            Unit = variable.Unit,
            MinLimit = variable.MinLimit,
            MaxLimit = variable.MaxLimit,
            ValuesList = variable.ValuesList,
            SupportsMonitoring = false,
        },
    };
}
