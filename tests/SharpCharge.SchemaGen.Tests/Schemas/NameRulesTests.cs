using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.SchemaGen.Tests.Schemas;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("Energy.Active.Import.Register", "EnergyActiveImportRegister")]
    [InlineData("L1-N", "L1N")]
    [InlineData("kWh", "KWh")]
    [InlineData("AC_single_phase", "ACSinglePhase")]
    [InlineData("s309-1P-16A", "S3091P16A")]
    [InlineData("Accepted", "Accepted")]
    public void EnumMemberName_SchemaValue_IsPascalCase(string value, string expected)
        => Assert.Equal(expected, NameRules.EnumMemberName(value, "SomeEnumType"));

    [Fact]
    public void EnumMemberName_LeadingDigit_GetsPrefix()
        => Assert.Equal("Value15118", NameRules.EnumMemberName("15118", "SomeEnumType"));

    [Fact]
    public void EnumMemberName_SameAsEnum_GetsSuffix()
        => Assert.Equal("PhaseValue", NameRules.EnumMemberName("Phase", "Phase"));

    [Fact]
    public void EnumMemberNames_ValuesDifferingOnlyInSpelling_BothExist()
        => Assert.Equal(["Celcius", "Celsius"], NameRules.EnumMemberNames("UnitOfMeasure", ["Celcius", "Celsius"]));

    [Fact]
    public void EnumMemberNames_TwoValuesWithOneName_FailGeneration()
    {
        var error = Assert.Throws<SchemaGenException>(() => NameRules.EnumMemberNames("PhaseEnumType", ["L1-N", "L1N"]));

        Assert.Contains("L1N", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chargingStation", "ChargingStation")]
    [InlineData("limit_L2", "LimitL2")]
    [InlineData("dischargeLimit_L3", "DischargeLimitL3")]
    [InlineData("iccid", "Iccid")]
    public void PropertyName_SchemaName_IsPascalCase(string jsonName, string expected)
        => Assert.Equal(expected, NameRules.PropertyName(jsonName, "SomeType"));

    [Fact]
    public void PropertyName_SameAsItsType_GetsSuffix()
        => Assert.Equal("KeyValueValue", NameRules.PropertyName("keyValue", "KeyValue"));

    [Fact]
    public void PropertyName_MemberEveryRecordHas_FailsGeneration()
        => Assert.Throws<SchemaGenException>(() => NameRules.PropertyName("validate", "SomeType"));
}
