using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpCharge.Ocpp.Messages;
using SharpCharge.SchemaGen.Samples;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>
/// For every payload of every action: a minimal and a full sample built from the schema validate, deserialize
/// through the action's JSON metadata, serialize back to equivalent JSON, and that JSON validates again.
/// </summary>
public sealed class MessageRoundTripTests
{
    public static TheoryData<OcppVersion, string, bool> Payloads()
    {
        var data = new TheoryData<OcppVersion, string, bool>();
        foreach (var version in Enum.GetValues<OcppVersion>())
        {
            foreach (var action in TestSchemas.Catalogue(version).Actions)
            {
                data.Add(version, action.Name, true);
                if (!action.IsSendOnly)
                {
                    data.Add(version, action.Name, false);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_MinimalAndFullSamples_ValidateAndRoundTrip(OcppVersion version, string actionName, bool request)
    {
        Assert.True(TestSchemas.Catalogue(version).TryGet(actionName, out var action));
        var schema = TestSchemas.Model(version).Actions.Single(a => a.Name == actionName);
        var type = request ? schema.Request : schema.Response!;
        var json = request ? action.RequestJsonInfo : action.ResponseJsonInfo!;

        foreach (var sample in new[] { SampleBuilder.Minimal(type), SampleBuilder.Full(type) })
        {
            var input = sample.ToJsonString();
            AssertValid(action, request, input);

            var payload = JsonSerializer.Deserialize(input, json);
            Assert.IsType(request ? action.RequestType : action.ResponseType!, payload);
            var output = JsonSerializer.Serialize(payload, json);

            JsonEquivalence.AssertEquivalent(input, output);
            AssertValid(action, request, output);
        }
    }

    [Fact]
    public void Payloads_CoverEveryAction()
    {
        Assert.Equal((28 + 11) * 2, Payloads().Count(row => (OcppVersion)row[0] == OcppVersion.V16));
        Assert.Equal(64 * 2, Payloads().Count(row => (OcppVersion)row[0] == OcppVersion.V201));
        Assert.Equal((90 * 2) + 1, Payloads().Count(row => (OcppVersion)row[0] == OcppVersion.V21));
    }

    private static void AssertValid(OcppAction action, bool request, string payload)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(payload));
        reader.Read();
        var valid = request ? action.ValidateRequest(ref reader, out var error) : action.ValidateResponse(ref reader, out error);
        Assert.True(valid, $"{action} {(request ? "request" : "response")}: {error?.Message}\n{payload}");
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read(), "The validator should end on the payload's last token.");
    }
}
