namespace SharpCharge.Csms.Api.Geo;

/// <summary>A GeoJSON Point (RFC 7946 §3.1.2): <c>coordinates</c> are [longitude, latitude].</summary>
internal sealed record GeoPoint(string Type, IReadOnlyList<double> Coordinates)
{
    public static GeoPoint At(double latitude, double longitude) => new("Point", [longitude, latitude]);
}
