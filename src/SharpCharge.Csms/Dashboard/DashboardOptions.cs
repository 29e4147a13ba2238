using System.ComponentModel.DataAnnotations;

namespace SharpCharge.Csms.Dashboard;

/// <summary>The dashboard, bound from the "Dashboard" section. Defaults are set here and repeated in each comment.</summary>
internal sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>
    /// Map tiles, as a Leaflet URL template with {z}/{x}/{y} (and optionally {s}). Default the OpenStreetMap tile
    /// server. Without network access the map shows its markers on a plain background.
    /// </summary>
    [Required]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The credit shown on the map, as the tile provider asks. Default the OpenStreetMap copyright line.</summary>
    public string TileAttribution { get; set; } = "&copy; OpenStreetMap contributors";

    /// <summary>The highest value of the power-limit slider for a charger whose maximum power is not stored, in kW. Default 350.</summary>
    [Range(10, 100_000)]
    public int MaxPowerLimitKw { get; set; } = 350;

    /// <summary>
    /// The first administrator, created at start when the database has no operator account yet. Default none: then
    /// create one with <c>create-operator</c> (see docs/dashboard.md). There is no built-in default password.
    /// </summary>
    public InitialAdminOptions InitialAdmin { get; set; } = new();

    /// <summary>How long a sign-in lasts without activity. Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
