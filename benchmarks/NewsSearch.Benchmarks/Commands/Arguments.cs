using System.Globalization;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>The few <c>--name value</c> options of the measuring commands.</summary>
internal sealed class Arguments(string[] args)
{
    public string? Get(string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public int GetInt(string name, int fallback) =>
        Get(name) is { } value ? int.Parse(value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => args.Contains(name, StringComparer.Ordinal);
}
