using System.Text;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Simulator.Conformance.Dsl;
using SharpCharge.Simulator.Conformance.Running;
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

        yield return Case("TC_088_CSMS", "WebSocket subprotocol negotiation", s => s.SubProtocolNegotiation());

        const string Ca = "needs a certificate authority and TLS set up for the station; not scripted";
        yield return Case("TC_073_CSMS", "Update charge point password for HTTP basic authentication", NewAuthorizationKey);
        yield return ConformanceCase.Skipped("TC_074_CSMS", OcppVersion.V16, "Update charge point certificate by request of the central system", Ca);
        yield return ConformanceCase.Skipped("TC_075_1_CSMS", OcppVersion.V16, "Install a certificate - ManufacturerRootCertificate", Ca);
        yield return ConformanceCase.Skipped("TC_077_CSMS", OcppVersion.V16, "Invalid charge point certificate - security event", Ca);
        yield return ConformanceCase.Skipped("TC_083_CSMS", OcppVersion.V16, "Upgrade charge point security profile - accepted", Ca);
        yield return Case("TC_085_CSMS", "Basic authentication - valid username/password combination", s =>
        {
            s.StationPassword();
            s.Booted();
        });
        yield return ConformanceCase.Skipped("TC_086_CSMS", OcppVersion.V16, "TLS - server-side certificate - valid certificate", Ca);
        yield return ConformanceCase.Skipped("TC_087_CSMS", OcppVersion.V16, "TLS - client-side certificate - valid certificate", Ca);
    }

    /// <summary>
    /// The CSMS sends ChangeConfiguration(AuthorizationKey) with the hexadecimal text of the new password's bytes (1.6
    /// security white paper, configuration keys); the station then authenticates with those bytes, and the old
    /// password no longer works.
    /// </summary>
    private static void NewAuthorizationKey(CaseScript s)
    {
        s.StationPassword();
        s.Booted();
        s.Operator("Request the CSMS to set a new AuthorizationKey at the charge point", api => api.Post("password"));
        s.RestorePasswordAfterwards();
        s.ExpectCall(V16Actions.ChangeConfiguration)
            .Where(r => r.Key == "AuthorizationKey")
            .Where(r => r.Value.Length is >= 32 and <= 40 && r.Value.Length % 2 == 0 && r.Value.All(Uri.IsHexDigit))
            .Then((st, r) => (st.PreviousPassword, st.Password) = (st.Password, Encoding.UTF8.GetString(Convert.FromHexString(r.Value))))
            .Reply(_ => new ChangeConfigurationResponse { Status = ConfigurationStatus.Accepted });
        s.OperatorsDone();
        s.Reconnect();
        s.Booted();
        s.HandshakeRefused("the old password no longer works", (st, settings) => Handshake.Normal(settings, st.PreviousPassword));
    }
}
