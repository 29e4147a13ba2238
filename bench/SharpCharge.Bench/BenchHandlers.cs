using SharpCharge.Ocpp.Routing;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Bench;

/// <summary>Central-system handlers that answer at once, so the benchmarks measure the protocol path alone.</summary>
internal static class BenchHandlers
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public sealed class Central16 :
        IOcppHandler<V16.HeartbeatRequest, V16.HeartbeatResponse>,
        IOcppHandler<V16.MeterValuesRequest, V16.MeterValuesResponse>,
        IOcppHandler<V16.StartTransactionRequest, V16.StartTransactionResponse>
    {
        private static readonly V16.HeartbeatResponse Heartbeat = new() { CurrentTime = Now };
        private static readonly V16.MeterValuesResponse MeterValues = new();
        private static readonly V16.StartTransactionResponse Start = new() { TransactionId = 42, IdTagInfo = new V16.IdTagInfo { Status = V16.AuthorizationStatus.Accepted } };

        public ValueTask<V16.HeartbeatResponse> HandleAsync(V16.HeartbeatRequest request, OcppCallContext context) => new(Heartbeat);

        public ValueTask<V16.MeterValuesResponse> HandleAsync(V16.MeterValuesRequest request, OcppCallContext context) => new(MeterValues);

        public ValueTask<V16.StartTransactionResponse> HandleAsync(V16.StartTransactionRequest request, OcppCallContext context) => new(Start);
    }

    public sealed class Central201 :
        IOcppHandler<V201.HeartbeatRequest, V201.HeartbeatResponse>,
        IOcppHandler<V201.MeterValuesRequest, V201.MeterValuesResponse>,
        IOcppHandler<V201.TransactionEventRequest, V201.TransactionEventResponse>
    {
        private static readonly V201.HeartbeatResponse Heartbeat = new() { CurrentTime = Now };
        private static readonly V201.MeterValuesResponse MeterValues = new();
        private static readonly V201.TransactionEventResponse TransactionEvent = new() { IdTokenInfo = new V201.IdTokenInfoType { Status = V201.AuthorizationStatusEnumType.Accepted } };

        public ValueTask<V201.HeartbeatResponse> HandleAsync(V201.HeartbeatRequest request, OcppCallContext context) => new(Heartbeat);

        public ValueTask<V201.MeterValuesResponse> HandleAsync(V201.MeterValuesRequest request, OcppCallContext context) => new(MeterValues);

        public ValueTask<V201.TransactionEventResponse> HandleAsync(V201.TransactionEventRequest request, OcppCallContext context) => new(TransactionEvent);
    }

    public sealed class Central21 :
        IOcppHandler<V21.HeartbeatRequest, V21.HeartbeatResponse>,
        IOcppHandler<V21.MeterValuesRequest, V21.MeterValuesResponse>,
        IOcppHandler<V21.TransactionEventRequest, V21.TransactionEventResponse>
    {
        private static readonly V21.HeartbeatResponse Heartbeat = new() { CurrentTime = Now };
        private static readonly V21.MeterValuesResponse MeterValues = new();
        private static readonly V21.TransactionEventResponse TransactionEvent = new() { IdTokenInfo = new V21.IdTokenInfoType { Status = V21.AuthorizationStatusEnumType.Accepted } };

        public ValueTask<V21.HeartbeatResponse> HandleAsync(V21.HeartbeatRequest request, OcppCallContext context) => new(Heartbeat);

        public ValueTask<V21.MeterValuesResponse> HandleAsync(V21.MeterValuesRequest request, OcppCallContext context) => new(MeterValues);

        public ValueTask<V21.TransactionEventResponse> HandleAsync(V21.TransactionEventRequest request, OcppCallContext context) => new(TransactionEvent);
    }
}
