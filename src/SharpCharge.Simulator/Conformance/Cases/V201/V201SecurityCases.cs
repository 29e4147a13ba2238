using SharpCharge.Ocpp;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Simulator.Conformance.Dsl;
using SharpCharge.Simulator.Conformance.Running;
using static SharpCharge.Simulator.Conformance.Cases.V201.V201ProvisioningCases;

namespace SharpCharge.Simulator.Conformance.Cases.V201;

/// <summary>
/// Block A, security (Part 6 TC_A_*_CSMS): HTTP Basic authentication of the station (security profile 1) and the
/// CSMS rotating its password (A01). The TLS cases need the station to reach the CSMS over wss:// with certificates
/// of a test PKI and are listed as not applicable.
/// </summary>
internal static class V201SecurityCases
{
    private const string Tls = "needs the station to connect over wss:// with a server (and for profile 3 a client) certificate of a test PKI; the runner plays security profile 1 only";

    public static IEnumerable<ConformanceCase> All()
    {
        yield return Case("TC_A_01_CSMS", "Basic Authentication - Valid username/password combination", s =>
        {
            s.StationPassword();
            s.Booted();
        });
        yield return Case("TC_A_02_CSMS", "Basic Authentication -Username does not equal ChargingStationId", s =>
        {
            s.StationPassword();
            s.HandshakeRefused("an upgrade whose Basic username is not the station id must be refused (A00.FR.204)", (st, settings) =>
                Handshake.Normal(settings, st.Password) with { User = st.StationId + "Invalid" });
        });
        yield return Case("TC_A_03_CSMS", "Basic Authentication - Invalid password", s =>
        {
            s.StationPassword();
            s.HandshakeRefused("an upgrade with a wrong password must be refused (A00.FR.204)", (st, settings) =>
                Handshake.Normal(settings, ConformancePasswords.New()));
        });

        yield return ConformanceCase.Skipped("TC_A_04_CSMS", OcppVersion.V201, "TLS - server-side certificate - Valid certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_06_CSMS", OcppVersion.V201, "TLS - server-side certificate - TLS version too low", Tls);
        yield return ConformanceCase.Skipped("TC_A_07_CSMS", OcppVersion.V201, "TLS - Client-side certificate - valid certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_08_CSMS", OcppVersion.V201, "TLS - Client-side certificate - Invalid certificate", Tls);

        yield return Case("TC_A_09_CSMS", "Update Charging Station Password for HTTP Basic Authentication - Accepted", s =>
            NewPassword(s, SetVariableStatusEnumType.Accepted));
        yield return Case("TC_A_10_CSMS", "Update Charging Station Password for HTTP Basic Authentication - Rejected", s =>
            NewPassword(s, SetVariableStatusEnumType.Rejected));

        yield return ConformanceCase.Skipped("TC_A_11_CSMS", OcppVersion.V201, "Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_12_CSMS", OcppVersion.V201, "Update Charging Station Certificate by request of CSMS - Success - V2G Certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_13_CSMS", OcppVersion.V201, "Update Charging Station Certificate by request of CSMS - Success - Combined Certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_14_CSMS", OcppVersion.V201, "Update Charging Station Certificate by request of CSMS - Invalid certificate", Tls);
        yield return ConformanceCase.Skipped("TC_A_19_CSMS", OcppVersion.V201, "Upgrade Charging Station Security Profile - Accepted", Tls);
    }

    /// <summary>
    /// A01: the CSMS sends SecurityCtrlr.BasicAuthPassword. Accepted: only the new password works from then on
    /// (A01.FR.03). Rejected: the old one keeps working (A01.FR.04). The test case document spells the component
    /// "SecurityCtrl"; the device model (Part 2 appendix, A01.FR.01) names it SecurityCtrlr, which is what is checked.
    /// </summary>
    private static void NewPassword(CaseScript s, SetVariableStatusEnumType answer)
    {
        s.StationPassword();
        s.Booted();
        s.Operator("Request the CSMS to set a new BasicAuthPassword at the station", api => api.Post("password"));
        s.RestorePasswordAfterwards();
        s.ExpectCall(V201Actions.SetVariables)
            .Where(r => r.SetVariableData.Count == 1
                        && r.SetVariableData[0].Component.Name == "SecurityCtrlr" && r.SetVariableData[0].Variable.Name == "BasicAuthPassword")
            .Where(r => r.SetVariableData[0].AttributeValue.Length is >= 16 and <= 40)
            .Then((st, r) =>
            {
                if (answer == SetVariableStatusEnumType.Accepted)
                {
                    (st.PreviousPassword, st.Password) = (st.Password, r.SetVariableData[0].AttributeValue);
                }
            })
            .Reply(r => new SetVariablesResponse
            {
                SetVariableResult = [new SetVariableResultType { Component = r.SetVariableData[0].Component, Variable = r.SetVariableData[0].Variable, AttributeStatus = answer }],
            });
        s.OperatorsDone();
        s.Reconnect();
        s.Booted();
        if (answer == SetVariableStatusEnumType.Accepted)
        {
            s.HandshakeRefused("the old password no longer works (A01.FR.03)", (st, settings) => Handshake.Normal(settings, st.PreviousPassword));
        }
    }
}
