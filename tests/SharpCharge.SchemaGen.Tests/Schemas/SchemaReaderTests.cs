using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;
using static SharpCharge.SchemaGen.Tests.Schemas.SchemaSnippets;

namespace SharpCharge.SchemaGen.Tests.Schemas;

public sealed class SchemaReaderTests
{
    private const string IdTagInfo = """
        "idTagInfo": {
          "type": "object",
          "properties": {
            "expiryDate": { "type": "string", "format": "date-time" },
            "status": { "type": "string", "additionalProperties": false, "enum": [ "Accepted", "Blocked" ] }
          },
          "additionalProperties": false,
          "required": [ "status" ]
        }
        """;

    [Fact]
    public void Read_V16InlineObjectAndStatus_AreNamedAfterTheSpecification()
    {
        var model = Read(Action(Core, "Authorize", IdTagInfo, "\"idTagInfo\""));

        var response = model.Type("AuthorizeResponse");
        var idTagInfo = Assert.Single(response.Properties);
        Assert.Equal("IdTagInfo", idTagInfo.Value.Type!.Name);
        Assert.Equal(SchemaTypeKind.Enum, model.Type("AuthorizationStatus").Kind);
        Assert.Equal(["Accepted", "Blocked"], model.Type("AuthorizationStatus").EnumValues);
    }

    [Fact]
    public void Read_V16StatusOfAnotherOwner_GetsThatOwnersName()
    {
        var model = Read(Action(Core, "BootNotification", """ "status": { "type": "string", "enum": [ "Accepted", "Pending", "Rejected" ] } """));

        Assert.Equal("RegistrationStatus", model.Type("BootNotificationResponse").Properties[0].Value.Type!.Name);
    }

    [Fact]
    public void Read_V16ArrayOfInlineObjects_NamesTheItemsAfterTheArray()
    {
        var model = Read(Action(Core, "GetConfiguration", """
            "configurationKey": { "type": "array", "items": { "type": "object", "properties": { "key": { "type": "string", "maxLength": 50 } } } }
            """));

        var array = model.Type("GetConfigurationResponse").Properties[0].Value;
        Assert.Equal(SchemaValueKind.Array, array.Kind);
        Assert.Equal("KeyValue", array.Items!.Type!.Name);
    }

    [Fact]
    public void Read_SameInlineShapeInTwoFiles_SharesOneType()
    {
        var model = Read(Action(Core, "Authorize", IdTagInfo), Action(Core, "StartTransaction", IdTagInfo));

        Assert.Same(model.Type("AuthorizeResponse").Properties[0].Value.Type, model.Type("StartTransactionResponse").Properties[0].Value.Type);
    }

    [Fact]
    public void Read_SameNameWithAnotherShape_FailsGeneration()
    {
        var other = IdTagInfo.Replace("\"Blocked\"", "\"Expired\"", StringComparison.Ordinal);

        var error = Assert.Throws<SchemaGenException>(() => Read(Action(Core, "Authorize", IdTagInfo), Action(Core, "StartTransaction", other)));

        Assert.Contains("IdTagInfo is defined differently", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineTypeMissingFromTheTable_FailsGeneration()
    {
        var error = Assert.Throws<SchemaGenException>(() => Read(Action(Core, "Authorize", """ "mystery": { "type": "object", "properties": {} } """)));

        Assert.Contains("AuthorizeResponse.mystery has no name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InlineEnumWhereTheTableNamesAnObject_FailsGeneration()
        => Assert.Throws<SchemaGenException>(() => Read(Action(Core, "Authorize", """ "idTagInfo": { "type": "string", "enum": [ "A" ] } """)));

    [Fact]
    public void Read_InlineTypeInASetThatUsesDefinitions_FailsGeneration()
        => Assert.Throws<SchemaGenException>(() => Read(Action(Security, "Authorize", IdTagInfo)));

    [Fact]
    public void Read_DefinitionDifferingBetweenFiles_FailsGeneration()
    {
        const string Reference = """ "status": { "$ref": "#/definitions/GenericStatusEnumType" } """;
        var first = Action(Security, "GetLog", Reference, definitions: """ "GenericStatusEnumType": { "type": "string", "enum": [ "Accepted", "Rejected" ] } """);
        var second = Action(Security, "SignCertificate", Reference, definitions: """ "GenericStatusEnumType": { "type": "string", "enum": [ "Accepted" ] } """);

        var error = Assert.Throws<SchemaGenException>(() => Read(first, second));

        Assert.Contains("GenericStatusEnumType is defined differently", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefinitionRepeatedWithOtherDescriptions_SharesOneType()
    {
        const string Reference = """ "status": { "$ref": "#/definitions/GenericStatusEnumType" } """;
        var first = Action(Security, "GetLog", Reference, definitions: """ "GenericStatusEnumType": { "description": "One.", "type": "string", "enum": [ "Accepted" ] } """);
        var second = Action(Security, "SignCertificate", Reference, definitions: """ "GenericStatusEnumType": { "description": "Two.", "type": "string", "enum": ["Accepted"] } """);

        var model = Read(first, second);

        Assert.Single(model.Types, t => t.Name == "GenericStatusEnumType");
    }

    [Fact]
    public void Read_NameGeneratedByCoreAndSecuritySets_FailsGeneration()
    {
        const string Shape = """{ "type": "string", "additionalProperties": false, "enum": [ "Accepted", "Rejected" ] }""";
        var core = Action(Core, "Reset", $""" "status": {Shape} """);
        var security = Action(Security, "GetLog", """ "status": { "$ref": "#/definitions/ResetStatus" } """, definitions: $""" "ResetStatus": {Shape} """);

        var error = Assert.Throws<SchemaGenException>(() => Read(core, security));

        Assert.Contains("must not collide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeywordWithoutACheck_FailsGeneration()
    {
        var error = Assert.Throws<SchemaGenException>(() => Read(Action(Security, "GetLog", """ "name": { "type": "string", "pattern": "^a" } """)));

        Assert.Contains("pattern", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ActionMissingFromTheDirectionTable_FailsGeneration()
    {
        var files = Action(Security, "GetLog", "").ToList();

        var error = Assert.Throws<SchemaGenException>(
            () => SchemaReader.Read(SnippetVersion, files, new ActionTable(new Dictionary<string, ActionDirection>(), new HashSet<string>())));

        Assert.Contains("direction table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RequestWithoutResponse_IsASendOnlyWhenTheTableSaysSo()
    {
        var request = new SchemaFile(Security, "NotifyStreamRequest.json", """{ "type": "object", "properties": {} }""");
        var table = new ActionTable(new Dictionary<string, ActionDirection> { ["NotifyStream"] = ActionDirection.ChargerToCsms }, new HashSet<string>());

        Assert.Throws<SchemaGenException>(() => SchemaReader.Read(SnippetVersion, [request], table));

        var model = SchemaReader.Read(SnippetVersion, [request], table with { SendOnly = new HashSet<string> { "NotifyStream" } });
        Assert.True(Assert.Single(model.Actions).IsSend);
        Assert.Equal(SchemaTypeRole.Send, model.Type("NotifyStreamRequest").Role);
    }

    [Fact]
    public void Read_NumberConstraints_AreKept()
    {
        var model = Read(Action(Core, "SetChargingProfile", """
            "limit": { "type": "number", "multipleOf": 0.1 },
            "soc": { "type": "integer", "minimum": 0.0, "maximum": 100.0 }
            """));

        var properties = model.Type("SetChargingProfileResponse").Properties;
        Assert.Equal(0.1m, properties[0].Value.MultipleOf);
        Assert.Equal((0m, 100m), (properties[1].Value.Minimum!.Value, properties[1].Value.Maximum!.Value));
    }
}
