using System.Globalization;
using System.Text;

namespace NewsSearch.Cli.Tests.Support;

/// <summary>Large generated JSON Lines inputs: article <c>{prefix}-{i}</c> holds the word <c>uniq{i}</c> and nothing else unique.</summary>
internal static class GeneratedInput
{
    private static readonly string[] Filler = "harbour council ferry timetable evening crossing budget vote market trade weather storm river bridge school hospital election minister court report".Split(' ');

    public static string Line(int i, string prefix = "art", string source = "Crash Wire")
    {
        var body = new StringBuilder();
        for (var w = 0; w < 60; w++)
        {
            body.Append(Filler[((i * 31) + (w * 7)) % Filler.Length]).Append(' ');
        }

        return string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{prefix}}-{{i}}","title":"{{prefix}} report {{i}}","source":"{{source}}","published":"2020-01-{{(i % 28) + 1:00}}","body":"{{body}}marker uniq{{i}}."}""");
    }

    /// <summary>Writes <paramref name="count"/> articles to <paramref name="path"/> and returns the path.</summary>
    public static string Write(string path, int count, string prefix = "art", string source = "Crash Wire")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(Line(i, prefix, source));
        }

        return path;
    }
}
