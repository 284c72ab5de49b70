namespace NewsSearch.Cli;

/// <summary>Finds the index folder: <c>--index</c>, else <c>NEWSSEARCH_INDEX</c>, else a per-user data folder.</summary>
internal static class IndexLocation
{
    /// <summary>The environment variable that names the index folder when <c>--index</c> is not given.</summary>
    public const string EnvironmentVariable = "NEWSSEARCH_INDEX";

    /// <summary>The per-user default, e.g. <c>~/.local/share/newssearch/index</c> on Linux.</summary>
    public static string DefaultPath { get; } = ComputeDefaultPath();

    /// <summary>Resolves the folder from the option value and the environment.</summary>
    /// <exception cref="NewsSearchException">The option was given but empty (<c>--index ""</c>, an unset shell variable).</exception>
    public static string Resolve(string? option)
    {
        if (option is not null && string.IsNullOrWhiteSpace(option))
        {
            // Most often `--index "$DIR"` with DIR unset: using the default index instead would
            // quietly write or search the wrong one.
            throw new NewsSearchException($"--index is empty; give the index folder, or leave --index out to use ${EnvironmentVariable} or the default ({DefaultPath})");
        }

        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultPath : fromEnvironment;
    }

    private static string ComputeDefaultPath()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(data))
        {
            // No HOME-derived folder known to .NET (e.g. a minimal container): follow the XDG default.
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(data, "newssearch", "index");
    }
}
