using System.Globalization;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>Size of a corpus file: articles, bytes of JSON Lines, and bytes of article text in it.</summary>
internal sealed record CorpusStats(long Articles, long JsonlBytes, long TextBytes)
{
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Articles} {JsonlBytes} {TextBytes}");

    public static CorpusStats Parse(string line)
    {
        var parts = line.Split(' ');
        return new CorpusStats(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
