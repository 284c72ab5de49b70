namespace NewsSearch.Tests.Support;

/// <summary>
/// A fact that needs <c>../shared</c>: xunit 2 has no dynamic skip, so the attribute skips the test with
/// <see cref="SharedData.MissingReason"/> when the folder is absent, rather than letting it pass without checking anything.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingReason;
        }
    }
}
