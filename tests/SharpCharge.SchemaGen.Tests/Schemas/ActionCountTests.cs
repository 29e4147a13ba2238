using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen.Tests.Schemas;

public sealed class ActionCountTests
{
    [Fact]
    public void V16_Schemas_Define28CoreAnd11SecurityActions()
    {
        var model = SchemaFiles.Read(TestSchemas.Directory, OcppSchemaVersion.V16);

        Assert.Equal(28, model.Actions.Count(a => a.Request.SourceLabel == "OCPP 1.6"));
        Assert.Equal(11, model.Actions.Count(a => a.Request.SourceLabel == "OCPP 1.6 security"));
        Assert.DoesNotContain(model.Actions, a => a.IsSend);
    }

    [Fact]
    public void V201_Schemas_Define64Actions()
    {
        var model = SchemaFiles.Read(TestSchemas.Directory, OcppSchemaVersion.V201);

        Assert.Equal(64, model.Actions.Count);
        Assert.DoesNotContain(model.Actions, a => a.IsSend);
    }

    [Fact]
    public void V21_Schemas_Define90CallActionsAndOneSend()
    {
        var model = SchemaFiles.Read(TestSchemas.Directory, OcppSchemaVersion.V21);

        Assert.Equal(90, model.Actions.Count(a => !a.IsSend));
        Assert.Equal("NotifyPeriodicEventStream", Assert.Single(model.Actions, a => a.IsSend).Name);
    }

    [Fact]
    public void DataTransfer_EveryVersion_MayBeSentByEitherSide()
    {
        foreach (var version in OcppSchemaVersion.All)
        {
            Assert.Equal(ActionDirection.Both, DirectionTable.For(version).Directions["DataTransfer"]);
        }
    }

    [Theory]
    [InlineData("V16", "StopTransaction", "ChargerToCsms")]
    [InlineData("V16", "SignCertificate", "ChargerToCsms")]
    [InlineData("V16", "ExtendedTriggerMessage", "CsmsToCharger")]
    [InlineData("V201", "TransactionEvent", "ChargerToCsms")]
    [InlineData("V201", "RequestStartTransaction", "CsmsToCharger")]
    [InlineData("V21", "NotifyPeriodicEventStream", "ChargerToCsms")]
    [InlineData("V21", "SetDERControl", "CsmsToCharger")]
    public void DirectionTable_KnownAction_HasTheSpecificationsDirection(string version, string action, string expected)
        => Assert.Equal(expected, DirectionTable.For(OcppSchemaVersion.All.Single(v => v.Id == version)).Directions[action].ToString());
}
