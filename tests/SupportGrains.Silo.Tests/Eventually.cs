namespace SupportGrains.Silo.Tests;

/// <summary>Waits for something that happens on another thread, failing after a generous limit.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, string what)
    {
        var limit = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > limit)
            {
                Assert.Fail("Timed out waiting until " + what);
            }

            await Task.Delay(5);
        }
    }
}
