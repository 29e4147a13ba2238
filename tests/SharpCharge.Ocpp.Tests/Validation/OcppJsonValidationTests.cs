using System.Text;
using SharpCharge.Ocpp.Validation;

namespace SharpCharge.Ocpp.Tests.Validation;

public sealed class OcppJsonValidationTests
{
    [Theory]
    [InlineData("abc", false, 3)]
    [InlineData("é€😀", false, 3)]
    [InlineData(@"\u00e9\n\""", true, 3)]
    [InlineData(@"\ud83d\ude00x", true, 2)]
    [InlineData(@"\ud83dx", true, 2)]
    public void CountCodePoints_RawJsonString_CountsCharacters(string raw, bool escaped, int expected)
        => Assert.Equal(expected, OcppJsonValidation.CountCodePoints(Encoding.UTF8.GetBytes(raw), escaped));

    [Theory]
    [InlineData("https://example.com/fw.bin", true)]
    [InlineData("ftp://user:pw@10.0.0.1:21/logs/", true)]
    [InlineData("urn:oasis:names:specification:docbook:dtd:xml:4.1.2", true)]
    [InlineData("https://example.com/a%20b", true)]
    [InlineData("/relative/path", false)]
    [InlineData("https://example.com/a b", false)]
    [InlineData("https://example.com/%zz", false)]
    [InlineData("1http://example.com", false)]
    [InlineData("https://exämple.com", false)]
    public void IsAbsoluteUri_Text_FollowsRfc3986(string text, bool expected)
        => Assert.Equal(expected, OcppJsonValidation.IsAbsoluteUri(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Nest_ErrorInsideAnArrayItem_PrefixesPathAndMessage()
    {
        var inner = new OcppValidationError(OcppValidationErrorKind.StringTooLong, "value", "value is longer than 2500 characters.");

        var nested = OcppJsonValidation.Nest("meterValue", OcppJsonValidation.Nest(new OcppJsonPathSegment("sampledValue", 2), inner));

        Assert.Equal("meterValue.sampledValue[2].value", nested.Path);
        Assert.Equal("meterValue.sampledValue[2].value is longer than 2500 characters.", nested.Message);
    }
}
