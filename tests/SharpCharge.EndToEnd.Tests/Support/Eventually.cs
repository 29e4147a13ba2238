namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// Waits for something the server does after answering (marking a charger offline when its socket closes).
/// Polls with a generous bound; it asserts an outcome, not a duration.
/// </summary>
internal static class Eventually
{
    /// <param name="what">What should have happened, for the failure message.</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, int seconds = 20, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, what is null ? $"The condition did not become true within {seconds} s." : $"Within {seconds} s: {what}");
            await Task.Delay(50);
        }
    }
}
