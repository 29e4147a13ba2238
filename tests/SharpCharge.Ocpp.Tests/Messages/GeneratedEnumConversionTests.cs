using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using SharpCharge.Ocpp.Messages;
using SharpCharge.Ocpp.Messages.V16;
using SharpCharge.Ocpp.Messages.V201;
using SharpCharge.Ocpp.Messages.V21;
using SharpCharge.SchemaGen.Model;
using V16 = SharpCharge.Ocpp.Messages.V16;
using V201 = SharpCharge.Ocpp.Messages.V201;
using V21 = SharpCharge.Ocpp.Messages.V21;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>
/// The generated <c>ToOcppString</c> / <c>TryParseOcpp</c> of every enum of every version agree with each other
/// and with what the version's JSON context writes, and accept nothing but the exact OCPP spelling. The generic
/// rows reach the helpers by reflection (tests only); the first tests call them as applications do, which needs
/// the version's namespace imported: an alias such as <c>V201</c> does not bring extension members into scope.
/// </summary>
public sealed class GeneratedEnumConversionTests
{
    [Fact]
    public void ToOcppString_MemberNamedDifferentlyFromTheWire_ReturnsTheWireSpelling()
    {
        Assert.Equal("eMAID", V201.IdTokenEnumType.EMAID.ToOcppString());
        Assert.Equal("Energy.Active.Import.Register", V16.Measurand.EnergyActiveImportRegister.ToOcppString());
        Assert.Equal("L1-N", V21.PhaseEnumType.L1N.ToOcppString());
    }

    [Fact]
    public void TryParseOcpp_CalledOnTheEnumType_ReadsTheWireSpelling()
    {
        Assert.True(V201.BootReasonEnumType.TryParseOcpp("PowerUp", out var reason));
        Assert.Equal(V201.BootReasonEnumType.PowerUp, reason);
        Assert.True(V16.UnitOfMeasure.TryParseOcpp("Celcius", out var misspelt));
        Assert.Equal(V16.UnitOfMeasure.Celcius, misspelt);
        Assert.True(V16.UnitOfMeasure.TryParseOcpp("Celsius", out var spelt));
        Assert.Equal(V16.UnitOfMeasure.Celsius, spelt);
        Assert.False(V201.IdTokenEnumType.TryParseOcpp("EMAID", out _));
    }

    public static TheoryData<OcppVersion, string> Enums()
    {
        var data = new TheoryData<OcppVersion, string>();
        foreach (var version in Enum.GetValues<OcppVersion>())
        {
            foreach (var type in EnumTypes(version))
            {
                data.Add(version, type.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Enums_EveryVersion_AreExactlyTheSchemaEnumerations()
    {
        foreach (var version in Enum.GetValues<OcppVersion>())
        {
            var fromSchemas = TestSchemas.Model(version).Types.Where(t => t.Kind == SchemaTypeKind.Enum).Select(t => t.Name).Order(StringComparer.Ordinal);
            var compiled = EnumTypes(version).Select(t => t.Name).Order(StringComparer.Ordinal);

            Assert.Equal(fromSchemas, compiled);
        }

        Assert.Equal((49, 88, 110), (EnumTypes(OcppVersion.V16).Count, EnumTypes(OcppVersion.V201).Count, EnumTypes(OcppVersion.V21).Count));
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void ToOcppString_EveryValue_RoundTripsAndMatchesTheJsonContext(OcppVersion version, string enumName)
    {
        var conversions = EnumConversions.For(version, enumName);
        var json = JsonContext(version).GetTypeInfo(conversions.EnumType)
            ?? throw new InvalidOperationException($"{version} JSON context has no metadata for {enumName}.");
        var values = Enum.GetValues(conversions.EnumType);
        Assert.NotEmpty(values);

        var spellings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var text = conversions.ToOcppString(value);
            Assert.True(spellings.Add(text), $"{enumName}.{value} repeats the spelling {text}.");

            Assert.True(conversions.TryParseOcpp(text, out var parsed), $"{enumName} refuses its own spelling {text}.");
            Assert.Equal(value, parsed);

            var written = JsonSerializer.Serialize(value, json);
            using var document = JsonDocument.Parse(written);
            Assert.Equal(text, document.RootElement.GetString());
            Assert.Equal(value, JsonSerializer.Deserialize(written, json));
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void TryParseOcpp_UnknownOrDifferentlyCasedText_IsRefused(OcppVersion version, string enumName)
    {
        var conversions = EnumConversions.For(version, enumName);
        var spellings = Enum.GetValues(conversions.EnumType).Cast<object>().Select(conversions.ToOcppString).ToHashSet(StringComparer.Ordinal);
        var refused = new List<string?> { null, "", " ", "NotAnOcppValue" };
        foreach (var text in spellings)
        {
            refused.AddRange([" " + text, text + " ", text + "\0", text.ToUpperInvariant(), text.ToLowerInvariant(), SwapCase(text)]);
        }

        foreach (var text in refused.Where(t => t is null || !spellings.Contains(t)).Distinct())
        {
            Assert.False(conversions.TryParseOcpp(text, out var value), $"{enumName} accepts \"{text}\".");
            Assert.Equal(Enum.ToObject(conversions.EnumType, 0), value);
        }
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void ToOcppString_UndefinedValue_ThrowsArgumentOutOfRange(OcppVersion version, string enumName)
    {
        var conversions = EnumConversions.For(version, enumName);
        var undefined = Enum.ToObject(conversions.EnumType, -1);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => conversions.ToOcppString(undefined));
        Assert.Equal("value", exception.ParamName);
    }

    private static IReadOnlyList<Type> EnumTypes(OcppVersion version)
    {
        var @namespace = $"{typeof(OcppAction).Namespace}.{version}";
        return typeof(OcppAction).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.Namespace == @namespace)
            .ToList();
    }

    private static JsonSerializerContext JsonContext(OcppVersion version) => version switch
    {
        OcppVersion.V16 => V16.V16JsonContext.Default,
        OcppVersion.V201 => V201.V201JsonContext.Default,
        OcppVersion.V21 => V21.V21JsonContext.Default,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    private static string SwapCase(string text)
        => string.Concat(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));

    /// <summary>The generated <c>XxxExtensions</c> class of one enum, called without knowing the enum at compile time.</summary>
    private sealed class EnumConversions
    {
        private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;

        private readonly MethodInfo _toOcppString;
        private readonly MethodInfo _tryParseOcpp;

        private EnumConversions(Type enumType)
        {
            EnumType = enumType;
            var extensions = enumType.Assembly.GetType(enumType.FullName + "Extensions", throwOnError: true)!;
            _toOcppString = extensions.GetMethod("ToOcppString", PublicStatic, [enumType])
                ?? throw new InvalidOperationException($"{extensions} has no ToOcppString({enumType.Name}).");
            _tryParseOcpp = extensions.GetMethod("TryParseOcpp", PublicStatic, [typeof(string), enumType.MakeByRefType()])
                ?? throw new InvalidOperationException($"{extensions} has no TryParseOcpp(string, out {enumType.Name}).");
        }

        public Type EnumType { get; }

        public static EnumConversions For(OcppVersion version, string enumName)
            => new(EnumTypes(version).Single(t => t.Name == enumName));

        public string ToOcppString(object value)
            => (string)_toOcppString.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [value], null)!;

        public bool TryParseOcpp(string? text, out object value)
        {
            object?[] arguments = [text, null];
            var parsed = (bool)_tryParseOcpp.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
            value = arguments[1]!;
            return parsed;
        }
    }
}
