namespace SharpCharge.Csms.Api.Geo;

/// <summary>A GeoJSON FeatureCollection (RFC 7946 §3.3): <c>type</c> is "FeatureCollection".</summary>
internal sealed record GeoFeatureCollection<TProperties>(string Type, IReadOnlyList<GeoFeature<TProperties>> Features)
{
    public static GeoFeatureCollection<TProperties> Of(IReadOnlyList<GeoFeature<TProperties>> features) => new("FeatureCollection", features);
}
