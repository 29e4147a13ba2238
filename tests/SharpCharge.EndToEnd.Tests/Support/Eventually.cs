namespace SharpCharge.EndToEnd.Tests.Support;

/// <summary>
/// Waits for something the server does after answering (marking a charger offline when its socket closes).
/// Polls with a generous bound; it asserts an outcome, not a duration.
/// </summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The condition did not become true within {seconds} s.");
            await Task.Delay(50);
        }
    }
}
