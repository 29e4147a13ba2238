using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>Block H, reservation (Part 6 TC_H_*_CSMS).</summary>
internal static class V201ReservationCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_H_01_CSMS", "Reserve a specific EVSE - Accepted - Valid idToken", s =>
        {
            Reserve(s, V201States.Evse);
            s.Authorized();
            s.StartAfterAuthorization();
            s.EnergyTransferStarted();
            s.StopAndUnplug();
        });

        yield return Case("TC_H_07_CSMS", "Reserve a specific EVSE - Reservation Ended / not used", s =>
        {
            Reserve(s, V201States.Evse);
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
            s.Send(st => new ReservationStatusUpdateRequest { ReservationId = st.RequestId, ReservationUpdateStatus = ReservationUpdateStatusEnumType.Expired });
        });

        yield return Case("TC_H_08_CSMS", "Reserve an unspecified EVSE - Accepted", s =>
        {
            Reserve(s, null);
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
            s.Send(st => new ReservationStatusUpdateRequest { ReservationId = st.RequestId, ReservationUpdateStatus = ReservationUpdateStatusEnumType.Expired });
        });

        yield return Case("TC_H_17_CSMS", "Cancel reservation of an EVSE - Success", s =>
        {
            Reserve(s, V201States.Evse);
            s.Operator("Request the CSMS to cancel the reservation", (api, st) => api.Delete($"reservations/{st.RequestId}"));
            s.ExpectCall(V201Actions.CancelReservation).Where((r, st) => r.ReservationId == st.RequestId)
                .Reply(_ => new CancelReservationResponse { Status = CancelReservationStatusEnumType.Accepted });
            s.ConnectorStatus(ConnectorStatusEnumType.Available);
        });
    }

    /// <summary>Reusable state Reserved: the CSMS sends ReserveNow for the valid token, the station accepts and shows Reserved.</summary>
    private static void Reserve(CaseScript s, int? evse)
    {
        s.ValidToken();
        s.Booted();
        s.Operator("Request the CSMS to reserve " + (evse is null ? "any EVSE" : $"EVSE {evse}") + " for the valid id token", (api, st) =>
        {
            var body = new JsonObject { ["id_token"] = st.Tokens.Valid, ["id_token_type"] = "ISO14443", ["expires_at"] = st.Now.AddMinutes(10).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) };
            if (evse is { } e)
            {
                body["evse_id"] = e;
            }

            return api.Post("reservations", body);
        });
        s.ExpectCall(V201Actions.ReserveNow)
            .Where((r, st) => r.IdToken.IdToken == st.Tokens.Valid && r.EvseId == evse && r.ConnectorType == null)
            .Where((r, st) => r.ExpiryDateTime > st.Now)
            .Then((st, r) => st.RequestId = r.Id)
            .Reply(_ => new ReserveNowResponse { Status = ReserveNowStatusEnumType.Accepted });
        s.ConnectorStatus(ConnectorStatusEnumType.Reserved);
    }
}
