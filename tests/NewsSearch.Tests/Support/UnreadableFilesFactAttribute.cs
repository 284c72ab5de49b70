namespace NewsSearch.Tests.Support;

/// <summary>
/// A fact that needs a file the test process cannot read. Root reads a file whatever its mode, so
/// when <c>chmod 000</c> does not stop this process the test is skipped, with that reason, rather than passing without checking.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class UnreadableFilesFactAttribute : FactAttribute
{
    public UnreadableFilesFactAttribute()
    {
        if (OperatingSystem.IsWindows() || ModeZeroIsReadable())
        {
            Skip = "this process can read a file with mode 000 (it runs as root, or on Windows), so an unreadable file cannot be made";
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool ModeZeroIsReadable()
    {
        var path = Path.Combine(Path.GetTempPath(), "newssearch-mode-probe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, "probe");
        try
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(path);
        }
    }
}
