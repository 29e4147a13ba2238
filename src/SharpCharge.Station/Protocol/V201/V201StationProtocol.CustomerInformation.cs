using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Routing;

namespace SharpCharge.Station.Protocol.V201;

internal sealed partial class V201StationProtocol
{
    /// <summary>NotifyCustomerInformation data holds at most 512 characters.</summary>
    private const int CustomerDataLength = 512;

    /// <summary>CustomerInformation (N09 report, N10 clear): answered first, then one NotifyCustomerInformation.</summary>
    private sealed class CustomerHandlers(IStationControl station, TimeProvider time) :
        IOcppHandler<CustomerInformationRequest, CustomerInformationResponse>
    {
        public ValueTask<CustomerInformationResponse> HandleAsync(CustomerInformationRequest request, OcppCallContext context)
        {
            RegistrationGuard.ThrowIfRejected(station);
            if (!request.Report && !request.Clear)
            {
                // N09.FR.07, N10.FR.07: neither report nor clear asks for nothing.
                return ValueTask.FromResult(new CustomerInformationResponse { Status = CustomerInformationStatusEnumType.Rejected, StatusInfo = Info("NothingRequested", "Set report and/or clear.") });
            }

            if (request.IdToken is null && request.CustomerIdentifier is null && request.CustomerCertificate is null)
            {
                // N09.FR.04: a customer is named by idToken, customerIdentifier or customerCertificate.
                return ValueTask.FromResult(new CustomerInformationResponse { Status = CustomerInformationStatusEnumType.Invalid, StatusInfo = Info("NoCustomer", "Name the customer by idToken, customerIdentifier or customerCertificate.") });
            }

            var data = station.CustomerInformation(request.IdToken?.IdToken, request.Report, request.Clear);
            station.Enqueue(Notification("NotifyCustomerInformation", new NotifyCustomerInformationRequest
            {
                RequestId = request.RequestId,
                SeqNo = 0,
                GeneratedAt = time.GetUtcNow(),
                Data = data.Length > CustomerDataLength ? data[..CustomerDataLength] : data,
            }));
            return ValueTask.FromResult(new CustomerInformationResponse { Status = CustomerInformationStatusEnumType.Accepted });
        }
    }
}
