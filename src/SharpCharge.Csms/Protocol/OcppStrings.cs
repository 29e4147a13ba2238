namespace SharpCharge.Csms.Protocol;

/// <summary>
/// Where one OCPP version carries a plain string and another a generated enum (2.1 turned IdTokenType.type and
/// chargingLimitSource into strings), adapter code calls <c>ToOcppString()</c> on either: generated enums have
/// their own, and this one lets a string pass through unchanged.
/// </summary>
internal static class OcppStrings
{
    public static string ToOcppString(this string value) => value;
}
