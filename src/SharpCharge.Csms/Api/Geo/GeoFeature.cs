namespace SharpCharge.Csms.Api.Geo;

/// <summary>A GeoJSON Feature (RFC 7946 §3.2): <c>type</c> is "Feature".</summary>
internal sealed record GeoFeature<TProperties>(string Type, GeoPoint Geometry, TProperties Properties)
{
    public static GeoFeature<TProperties> Point(double latitude, double longitude, TProperties properties) =>
        new("Feature", GeoPoint.At(latitude, longitude), properties);
}
