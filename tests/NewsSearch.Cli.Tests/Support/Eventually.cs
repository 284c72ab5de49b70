namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// Waits for a state another process reaches (a lock file, a first commit) by checking it, not by
/// sleeping a guessed time; the timeout only ends a test whose process never gets there.
/// </summary>
internal static class Eventually
{
    public static void True(Func<bool> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            Thread.Sleep(20);
        }
    }
}
