using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SharpCharge.Ocpp.Tests.Support;

/// <summary>Reflection-based JSON for building test frames only (the library itself never uses reflection).</summary>
internal static class TestJson
{
    public static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
}
