using System.Text;
using SharpCharge.Csms.Connections.ProtocolLog;
using SharpCharge.Ocpp.Diagnostics;

namespace SharpCharge.Csms.Tests.Connections;

/// <summary>Passwords never reach the protocol log or the trace; everything else is kept as sent.</summary>
public sealed class SecretMaskTests
{
    private static string Stored(string frame) => ProtocolFrame.Parse(Encoding.UTF8.GetBytes(frame)).Text;

    [Fact]
    [Trait("Spec", "OCPP 1.6 security white paper A00.FR.205 (AuthorizationKey)")]
    public void ChangeConfiguration_OfTheAuthorizationKey_IsStoredMasked()
    {
        var text = Stored("""[2,"m1","ChangeConfiguration",{"key":"AuthorizationKey","value":"00112233445566778899aabbccddeeff"}]""");

        Assert.DoesNotContain("00112233445566778899aabbccddeeff", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"********\"", text, StringComparison.Ordinal);
        Assert.Contains("\"key\":\"AuthorizationKey\"", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Spec", "OCPP 2.0.1 A00.FR.205 (BasicAuthPassword)")]
    public void SetVariables_OfBasicAuthPassword_MasksOnlyThatValue()
    {
        var text = Stored("""
            [2,"m2","SetVariables",{"setVariableData":[
              {"attributeValue":"Kx7-pQ2_mZ9+wR4=tY6","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}},
              {"attributeValue":"300","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}]}]
            """);

        Assert.DoesNotContain("Kx7-pQ2_mZ9+wR4=tY6", text, StringComparison.Ordinal);
        Assert.Contains("\"attributeValue\":\"300\"", text, StringComparison.Ordinal);
        Assert.Contains("********", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BasicAuthPasswordMember_AnywhereInAPayload_IsMasked()
    {
        var text = Stored("""[2,"m3","SetNetworkProfile",{"configurationSlot":1,"connectionData":{"ocppCsmsUrl":"wss://x","basicAuthPassword":"secret-secret-secret"}}]""");

        Assert.DoesNotContain("secret-secret-secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FramesWithoutSecrets_AreKeptByteForByte_IdTokensIncluded()
    {
        const string frame = """[2,"m4","Authorize",{"idToken":{"idToken":"04A1B2C3D4","type":"ISO14443"}}]""";

        Assert.Equal(frame, Stored(frame));
        Assert.False(OcppSecretMask.MayHoldSecret(Encoding.UTF8.GetBytes(frame)));
    }

    [Fact]
    public void UnreadableFrame_NamingAPassword_IsNotShown()
    {
        var text = OcppSecretMask.ToText(Encoding.UTF8.GetBytes("""[2,"m5","ChangeConfiguration",{"key":"AuthorizationKey","value":"leak"""));

        Assert.DoesNotContain("leak", text, StringComparison.Ordinal);
    }
}
