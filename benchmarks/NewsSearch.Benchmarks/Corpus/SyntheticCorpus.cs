using System.Text;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of any size. With the real corpora present, each new article copies the
/// shape of a real one (fields present, number of paragraphs, length) and fills it with real titles,
/// datelines, paragraphs and sentences drawn from anywhere in the corpora, so term statistics and
/// lengths stay those of real news. Without them, a Zipf-distributed vocabulary stands in
/// (<see cref="ZipfCorpus"/>). The same seed gives the same articles, and the first N articles of a
/// larger corpus are the corpus of size N.
/// </summary>
internal static class SyntheticCorpus
{
    public const int DefaultSeed = 20240601;

    /// <summary>Publishers for the generated articles, so source filters and facets have some spread.</summary>
    private static readonly string[] Publishers =
    [
        "Meridian Wire", "Harbor Times", "Northern Ledger", "Capital Dispatch", "Coastal Herald",
        "Valley Tribune", "Summit Post", "Riverside Gazette", "Eastern Courier", "Plains Journal",
    ];

    private static readonly DateTimeOffset FirstDate = new(1987, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly long DateSpanSeconds = (long)(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero) - FirstDate).TotalSeconds;

    /// <summary>What kind of corpus <see cref="Generate"/> makes here.</summary>
    public static string Kind => CorpusLocator.RealCorpusFiles().Count == 0 ? "zipf" : "recombined";

    public static IEnumerable<NewsArticle> Generate(int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var real = RealCorpus.Instance;
        return real is null ? ZipfCorpus.Generate(count, seed) : Recombine(real, count, seed);
    }

    private static IEnumerable<NewsArticle> Recombine(RealCorpus real, int count, int seed)
    {
        var random = new Random(seed);
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var template = real.Templates[random.Next(real.Templates.Length)];
            body.Clear();
            var paragraphs = Math.Clamp(template.Body.Split("\n\n").Length, 1, 40);
            for (var p = 0; p < paragraphs || body.Length < template.Body.Length * 0.8; p++)
            {
                if (body.Length > 0)
                {
                    body.Append("\n\n");
                }

                if (random.Next(2) == 0)
                {
                    body.Append(Pick(random, real.Paragraphs));
                }
                else
                {
                    var sentences = 1 + random.Next(4);
                    for (var s = 0; s < sentences; s++)
                    {
                        if (s > 0)
                        {
                            body.Append(' ');
                        }

                        body.Append(Pick(random, real.Sentences));
                    }
                }

                if (body.Length > template.Body.Length * 1.3 && p + 1 >= paragraphs / 2)
                {
                    break;
                }
            }

            yield return new NewsArticle
            {
                Id = $"gen-{i:D7}",
                Title = template.Title is null && random.Next(4) != 0 ? null : Title(random, real.Titles),
                Dateline = template.Dateline is null ? null : Pick(random, real.Datelines),
                Byline = random.Next(10) == 0 && real.Bylines.Length > 0 ? Pick(random, real.Bylines) : null,
                Source = random.Next(2) == 0 ? template.Source : Publishers[Zipf(random, Publishers.Length)],
                Published = random.Next(20) == 0 ? null : FirstDate.AddSeconds(random.NextInt64(DateSpanSeconds)),
                Section = template.Section,
                Tags = template.Tags,
                Body = body.ToString(),
                Language = "en",
            };
        }
    }

    /// <summary>Mostly a real headline; sometimes the front of one joined to the back of another.</summary>
    private static string Title(Random random, string[] titles)
    {
        var first = Pick(random, titles);
        if (random.Next(3) != 0)
        {
            return first;
        }

        var a = first.Split(' ');
        var b = Pick(random, titles).Split(' ');
        return string.Join(' ', a.Take(Math.Max(1, a.Length / 2)).Concat(b.Skip(b.Length / 2)));
    }

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];

    /// <summary>A rank in [0, n) with probability proportional to 1/(rank+1).</summary>
    internal static int Zipf(Random random, int n)
    {
        var harmonic = 0.0;
        for (var k = 1; k <= n; k++)
        {
            harmonic += 1.0 / k;
        }

        var target = random.NextDouble() * harmonic;
        for (var k = 1; k <= n; k++)
        {
            target -= 1.0 / k;
            if (target <= 0)
            {
                return k - 1;
            }
        }

        return n - 1;
    }
}
