using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>Payloads a charger of each version sends, written as JSON text.</summary>
internal static class Payloads
{
    public static bool Is16(OcppVersion version) => version == OcppVersion.V16;

    public static string Boot(OcppVersion version) => Is16(version)
        ? """{"chargePointVendor":"Acme","chargePointModel":"AC-22","chargePointSerialNumber":"SN-1","firmwareVersion":"1.2.3","iccid":"8931","imsi":"2620"}"""
        : """{"reason":"PowerUp","chargingStation":{"model":"AC-22","vendorName":"Acme","serialNumber":"SN-1","firmwareVersion":"1.2.3","modem":{"iccid":"8931","imsi":"2620"}}}""";

    public static string Status(OcppVersion version, string status16, string status2x) => Is16(version)
        ? $$"""{"connectorId":1,"errorCode":"NoError","status":"{{status16}}","timestamp":"2025-06-01T12:00:00Z"}"""
        : $$"""{"timestamp":"2025-06-01T12:00:00Z","connectorStatus":"{{status2x}}","evseId":1,"connectorId":1}""";

    public static string Authorize(OcppVersion version, string token) => Is16(version)
        ? $$"""{"idTag":"{{token}}"}"""
        : $$$"""{"idToken":{"idToken":"{{{token}}}","type":"ISO14443"}}""";

    /// <summary>The authorization status of an Authorize answer, whatever the version.</summary>
    public static string AuthorizationStatus(OcppVersion version, System.Text.Json.JsonElement answer)
        => answer.GetProperty(Is16(version) ? "idTagInfo" : "idTokenInfo").GetProperty("status").GetString()!;
}
