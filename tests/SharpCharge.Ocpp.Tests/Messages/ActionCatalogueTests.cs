using System.Text;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.Messages;

public sealed class ActionCatalogueTests
{
    [Theory]
    [InlineData(OcppVersion.V16, 39)]
    [InlineData(OcppVersion.V201, 64)]
    [InlineData(OcppVersion.V21, 91)]
    public void Catalogue_Version_ListsEveryActionOnce(OcppVersion version, int count)
    {
        var catalogue = TestSchemas.Catalogue(version);

        Assert.Equal(version, catalogue.Version);
        Assert.Equal(count, catalogue.Actions.Count);
        Assert.Equal(count, catalogue.Actions.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(catalogue.Actions, a => Assert.Equal(version, a.Version));
    }

    [Fact]
    public void Catalogue_ActionNameAsUtf8_FindsTheDescriptor()
    {
        Assert.True(V201Actions.Catalogue.TryGet("BootNotification"u8, out var action));

        Assert.Same(V201Actions.BootNotification, action);
        Assert.Equal(typeof(Ocpp.Messages.V201.BootNotificationRequest), action.RequestType);
        Assert.Equal(typeof(Ocpp.Messages.V201.BootNotificationResponse), action.ResponseType);
        Assert.Equal("BootNotification", Encoding.UTF8.GetString(action.NameUtf8.Span));
    }

    [Fact]
    public void Catalogue_V16_HoldsTheSecurityWhitePaperActions()
    {
        Assert.True(V16Actions.Catalogue.TryGet("SignCertificate", out var sign));
        Assert.Equal(OcppActionDirection.ChargerToCsms, sign.Direction);
        Assert.True(V16Actions.Catalogue.TryGet("ExtendedTriggerMessage", out var trigger));
        Assert.Equal(OcppActionDirection.CsmsToCharger, trigger.Direction);
    }

    [Fact]
    public void Catalogue_V21_HasOneSendOnlyAction()
    {
        var send = Assert.Single(V21Actions.Catalogue.Actions, a => a.IsSendOnly);

        Assert.Same(V21Actions.NotifyPeriodicEventStream, send);
        Assert.Null(send.ResponseType);
        Assert.Equal(OcppActionDirection.ChargerToCsms, send.Direction);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public void JsonInfo_EveryAction_DescribesItsPayloadTypes(OcppVersion version)
    {
        foreach (var action in TestSchemas.Catalogue(version).Actions)
        {
            Assert.Equal(action.RequestType, action.RequestJsonInfo.Type);
            Assert.Equal(action.ResponseType, action.ResponseJsonInfo?.Type);
        }
    }

    [Fact]
    public void JsonInfo_CallAction_IsTheTypedMetadata()
    {
        OcppAction action = V201Actions.BootNotification;

        Assert.Same(V201Actions.BootNotification.RequestJson, action.RequestJsonInfo);
        Assert.Same(V201Actions.BootNotification.ResponseJson, action.ResponseJsonInfo);
    }

    [Fact]
    public void JsonInfo_SendAction_HasTheMessageAndNoResponse()
    {
        OcppAction action = V21Actions.NotifyPeriodicEventStream;

        Assert.Same(V21Actions.NotifyPeriodicEventStream.MessageJson, action.RequestJsonInfo);
        Assert.Null(action.ResponseJsonInfo);
    }

    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    public void DataTransfer_EveryVersion_GoesBothWays(OcppVersion version)
    {
        Assert.True(TestSchemas.Catalogue(version).TryGet("DataTransfer", out var action));
        Assert.Equal(OcppActionDirection.Both, action.Direction);
    }
}
