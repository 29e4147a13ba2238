using System.Globalization;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Simulator.Conformance.Dsl;

namespace SharpCharge.Simulator.Conformance.Cases.V16;

/// <summary>
/// The building blocks of the 1.6 cases, played on connector 1: boot, status, authorize, start and stop, meter
/// values. Each is the messages a charge point sends and the answers the central system must give (OCPP 1.6 §4).
/// </summary>
internal static class V16States
{
    public const int Connector = 1;

    public static ConformanceCase Case(string id, string title, Action<CaseScript> script) => new(id, OcppVersion.V16, title, script);

    /// <summary>BootNotification accepted, then StatusNotification Available for connector 0 and 1.</summary>
    public static void Booted(this CaseScript s)
    {
        s.Send(_ => Boot()).Expect(r => r.Status == RegistrationStatus.Accepted).Expect(r => r.Interval >= 0);
        s.Status(ChargePointStatus.Available, 0);
        s.Status(ChargePointStatus.Available);
        s.Recovery ??= async (st, connection, cancellationToken) =>
        {
            if (st.TransactionOpen)
            {
                st.TransactionOpen = false;
                await connection.CallAsync(new StopTransactionRequest { TransactionId = st.TransactionNumber, MeterStop = Meter(st), Timestamp = st.Now, Reason = Reason.Other }, cancellationToken).ConfigureAwait(false);
            }
        };
    }

    public static BootNotificationRequest Boot() => new() { ChargePointVendor = "SharpCharge", ChargePointModel = "Conformance", ChargePointSerialNumber = "SC-CT-1", FirmwareVersion = "1.0.0" };

    public static void Status(this CaseScript s, ChargePointStatus status, int connector = Connector, ChargePointErrorCode error = ChargePointErrorCode.NoError)
        => s.Send(st => new StatusNotificationRequest { ConnectorId = connector, ErrorCode = error, Status = status, Timestamp = st.Now });

    public static void Authorize(this CaseScript s, Func<ConformanceTokens, string> token, AuthorizationStatus expected)
        => s.Send(st => new AuthorizeRequest { IdTag = token(st.Tokens) }).Expect(r => r.IdTagInfo.Status == expected);

    /// <summary>StartTransaction with the valid idTag (on the reservation in RequestId when asked), accepted; the transactionId is kept for the stop.</summary>
    public static void Start(this CaseScript s, bool onReservation = false)
        => s.Send(st => new StartTransactionRequest { ConnectorId = Connector, IdTag = st.Tokens.Valid, MeterStart = Meter(st), Timestamp = st.Now, ReservationId = onReservation ? st.RequestId : null })
            .Expect(r => r.IdTagInfo.Status == AuthorizationStatus.Accepted)
            .Then((st, r) =>
            {
                st.TransactionNumber = r.TransactionId;
                st.TransactionOpen = true;
            });

    public static void Charging(this CaseScript s)
    {
        s.Status(ChargePointStatus.Charging);
        s.Send(st => new MeterValuesRequest { ConnectorId = Connector, TransactionId = st.TransactionNumber, MeterValue = [Energy(st, ReadingContext.SamplePeriodic)] });
    }

    public static void Stop(this CaseScript s, Reason reason = Reason.Local, bool withIdTag = true)
    {
        s.Send(st =>
        {
            st.TransactionOpen = false;
            return new StopTransactionRequest
            {
            TransactionId = st.TransactionNumber,
            IdTag = withIdTag ? st.Tokens.Valid : null,
            MeterStop = Meter(st),
            Timestamp = st.Now,
            Reason = reason,
            TransactionData = [Energy(st, ReadingContext.TransactionEnd)],
            };
        }).Expect(r => r.IdTagInfo == null || r.IdTagInfo.Status == AuthorizationStatus.Accepted);
    }

    /// <summary>A whole session: Preparing, start, Charging with a meter value, stop, Finishing, Available (TC_003/TC_004).</summary>
    public static void Session(this CaseScript s)
    {
        s.Status(ChargePointStatus.Preparing);
        s.Start();
        s.Charging();
        s.Stop();
        s.Status(ChargePointStatus.Finishing);
        s.Status(ChargePointStatus.Available);
    }

    public static int Meter(CaseState st) => (int)st.Meter();

    public static MeterValue Energy(CaseState st, ReadingContext context) => new()
    {
        Timestamp = st.Now,
        SampledValue = [new SampledValue { Value = st.MeterWh.ToString(CultureInfo.InvariantCulture), Context = context, Measurand = Measurand.EnergyActiveImportRegister, Unit = UnitOfMeasure.Wh }],
    };
}
