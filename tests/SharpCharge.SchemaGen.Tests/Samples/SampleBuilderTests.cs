using System.Globalization;
using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Samples;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen.Tests.Samples;

public sealed class SampleBuilderTests
{
    [Fact]
    public void Minimal_StringWithMaxLength_HasExactlyThatManyCharacters()
    {
        var model = SchemaFiles.Read(TestSchemas.Directory, OcppSchemaVersion.V201);
        var boot = model.Types.Single(t => t.Name == "ChargingStationType");

        var sample = SampleBuilder.Minimal(boot);

        var model20 = sample["model"]!.GetValue<string>();
        Assert.Equal(20, new StringInfo(model20).LengthInTextElements);
        Assert.True(model20.Length > 20, "The sample should contain characters outside the BMP.");
        Assert.False(sample.ContainsKey("serialNumber"));
    }

    [Fact]
    public void Full_OpenObject_CarriesAnUndeclaredMember()
    {
        var model = SchemaFiles.Read(TestSchemas.Directory, OcppSchemaVersion.V201);

        var sample = SampleBuilder.Full(model.Types.Single(t => t.Name == "CustomDataType"));

        Assert.True(sample.ContainsKey(SampleBuilder.ExtensionMember));
    }
}
