using System.Text.Json.Nodes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using static SharpCharge.Simulator.Conformance.Cases.V16.V16States;

namespace SharpCharge.Simulator.Conformance.Cases.V16;

/// <summary>The 1.6 security extension (OCPP 1.6 Security Whitepaper ed. 3; OCA 1.6 TC_073..TC_088_CSMS).</summary>
internal static class V16SecurityCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_079_CSMS", "Get security log", s =>
        {
            s.Booted();
            s.Operator("Request the CSMS to get the security log", api => api.Post("diagnostics", new JsonObject { ["location"] = "https://logs.example.com/upload", ["log_type"] = "SecurityLog" }));
            s.ExpectCall(V16Actions.GetLog).Where(r => r.LogType == LogEnumType.SecurityLog && r.Log.RemoteLocation.Length > 0)
                .Then((st, r) => st.RequestId = r.RequestId)
                .Reply(_ => new GetLogResponse { Status = LogStatusEnumType.Accepted, Filename = "security.log" });
            s.Send(st => new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Uploading, RequestId = st.RequestId });
            s.Send(st => new LogStatusNotificationRequest { Status = UploadLogStatusEnumType.Uploaded, RequestId = st.RequestId });
        });

        yield return Case("TC_088_CSMS", "WebSocket subprotocol negotiation", s =>
        {
            s.Note("the runner offers only ocpp1.6 and requires the CSMS to echo it (OCPP-J 1.6 §3.1.2)");
            s.Booted();
        });

        const string Ca = "needs a certificate authority and TLS set up for the station; not scripted";
        yield return ConformanceCase.Skipped("TC_073_CSMS", OcppVersion.V16, "Update charge point password for HTTP basic authentication", "needs the CSMS to rotate the station's Basic password; the SharpCharge API sets passwords but does not send them to the station");
        yield return ConformanceCase.Skipped("TC_074_CSMS", OcppVersion.V16, "Update charge point certificate by request of the central system", Ca);
        yield return ConformanceCase.Skipped("TC_075_1_CSMS", OcppVersion.V16, "Install a certificate - ManufacturerRootCertificate", Ca);
        yield return ConformanceCase.Skipped("TC_077_CSMS", OcppVersion.V16, "Invalid charge point certificate - security event", Ca);
        yield return ConformanceCase.Skipped("TC_083_CSMS", OcppVersion.V16, "Upgrade charge point security profile - accepted", Ca);
        yield return ConformanceCase.Skipped("TC_085_CSMS", OcppVersion.V16, "Basic authentication - valid username/password combination", "run with --password for a station whose password the CSMS knows; every case then uses Basic authentication");
        yield return ConformanceCase.Skipped("TC_086_CSMS", OcppVersion.V16, "TLS - server-side certificate - valid certificate", Ca);
        yield return ConformanceCase.Skipped("TC_087_CSMS", OcppVersion.V16, "TLS - client-side certificate - valid certificate", Ca);
    }
}
