namespace NewsSearch.Tests.Support;

/// <summary>
/// Seeded, made-up articles with a large vocabulary of made-up words, so wildcard, fuzzy and regex
/// queries have many terms to expand over. The same seed always gives the same articles.
/// </summary>
internal static class GeneratedArchive
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qu", "ba", "do", "fe", "gi", "ho", "ju", "xa", "wy", "ce"];

    /// <summary>A made-up word for a number: distinct numbers give distinct words.</summary>
    public static string Word(int number)
    {
        var word = new System.Text.StringBuilder();
        do
        {
            word.Append(Syllables[number % Syllables.Length]);
            number /= Syllables.Length;
        }
        while (number > 0);

        return word.ToString();
    }

    /// <summary>Articles gen-0 … gen-(count-1), each with about <paramref name="wordsPerArticle"/> words drawn from <paramref name="vocabulary"/> made-up words.</summary>
    public static IEnumerable<NewsArticle> Articles(int count, int vocabulary = 100_000, int wordsPerArticle = 40, int seed = 5)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, wordsPerArticle).Select(_ => Word(random.Next(vocabulary)));
            yield return new NewsArticle
            {
                Id = "gen-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = $"Report {Word(i)} on {Word(random.Next(vocabulary))}",
                Body = string.Join(' ', words) + ".",
                Source = i % 2 == 0 ? "Even Wire" : "Odd Gazette",
                Published = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 9000),
            };
        }
    }

    /// <summary>One JSON Lines record for article <paramref name="i"/>: a unique word <c>uniq{i}</c>, a title and a short body.</summary>
    public static string JsonLine(int i, string prefix = "art") =>
        $$"""{"id":"{{prefix}}-{{i}}","title":"Generated report {{Word(i)}}","source":"Crash Wire","published":"2020-01-01","body":"Body of {{prefix}} number {{i}} with the marker uniq{{i}} and words {{Word(i * 7)}} {{Word(i * 13)}} {{Word(i * 31)}}."}""";
}
