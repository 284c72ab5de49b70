namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// A fact that runs only when <c>NEWSSEARCH_CRASH_LOOP=1</c>: the crash loop takes minutes, so the
/// README's test command reports it as skipped and <c>.ci/run</c> runs it in a step of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CrashLoopFactAttribute : FactAttribute
{
    public const string Variable = "NEWSSEARCH_CRASH_LOOP";

    public CrashLoopFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"the crash loop runs when {Variable}=1 (.ci/run sets it in its own step)";
        }
    }
}
