namespace SharpCharge.Station.Protocol;

/// <summary>
/// Where 2.0.1 carries a generated enum and 2.1 a plain string (chargingLimitSource), adapter code derived for both
/// calls <c>ToOcppString()</c>: generated enums have their own, and this one lets a string pass through unchanged.
/// </summary>
internal static class OcppStrings
{
    public static string ToOcppString(this string value) => value;
}
