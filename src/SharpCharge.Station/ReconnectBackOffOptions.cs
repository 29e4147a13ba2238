namespace SharpCharge.Station;

/// <summary>
/// Reconnect back-off (OCPP 2.0.1 Part 4 §5.3, OCPP-NOTES §2.5): the first wait is <see cref="MinimumWait"/>
/// plus a random part up to <see cref="RandomRange"/>; the fixed part doubles after each failure, at most
/// <see cref="RepeatTimes"/> times. Defaults: 1 s, 2 s, 2 (libocpp's).
/// </summary>
public sealed class ReconnectBackOffOptions
{
    public TimeSpan MinimumWait { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RandomRange { get; set; } = TimeSpan.FromSeconds(2);

    public int RepeatTimes { get; set; } = 2;

    internal void Validate()
    {
        if (MinimumWait <= TimeSpan.Zero || RandomRange < TimeSpan.Zero || RepeatTimes is < 0 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconnectBackOffOptions), "MinimumWait must be positive, RandomRange not negative and RepeatTimes between 0 and 16.");
        }
    }
}
