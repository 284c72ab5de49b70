using System.Text;

namespace NewsSearch.Benchmarks.Corpus;

/// <summary>
/// The stand-in corpus where the real corpora are absent: English function words and news words at
/// the head of a Zipf distribution (s = 1.07, as in news text), pseudo-words in the tail, and
/// realistic lengths (titles of 4–12 words, 3–12 paragraphs of 1–5 sentences). Every word the
/// benchmark queries use is in the vocabulary at a rank that gives it the frequency it has in news.
/// </summary>
internal static class ZipfCorpus
{
    private const int VocabularySize = 60_000;
    private const double Exponent = 1.07;

    private static readonly string[] Head =
    [
        "the", "of", "to", "and", "a", "in", "said", "for", "on", "that", "is", "was", "it", "with", "by",
        "at", "as", "from", "its", "he", "be", "has", "year", "will", "would", "were", "market", "company",
        "government", "percent", "million", "new", "last", "oil", "prices", "bank", "shares", "trade",
        "rates", "interest", "minister", "president", "billion", "official", "week", "told", "sales",
        "world", "people", "country", "state", "report", "time", "first", "group", "economy", "tax",
        "police", "court", "election", "party", "workers", "union", "profit", "dollar", "stock", "exports",
        "opec", "crude", "policy", "talks", "agreement", "deal", "chrysler", "petroleum", "petrol", "coffee",
        "cocoa", "brazil", "renault", "bahia", "boesky", "xinjiang",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "ro", "mi", "ten", "sa", "lo", "ver", "an", "di", "mor", "pe", "tal", "nu", "bri", "co",
        "ste", "la", "gon", "fi", "ra", "del", "mu", "ser", "ti", "ban", "lu", "cor", "ne", "vi", "dan",
    ];

    private static readonly string[] Cities =
    [
        "NEW YORK", "LONDON", "TOKYO", "WASHINGTON", "PARIS", "CHICAGO", "FRANKFURT", "SYDNEY",
        "TAIPEI", "NAIROBI", "SAO PAULO", "OTTAWA", "BRUSSELS", "HONG KONG", "MOSCOW", "CAIRO",
    ];

    public static IEnumerable<NewsArticle> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(new Random(seed ^ 0x5eed));
        var cumulative = Cumulative(vocabulary.Length);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var paragraphs = 3 + random.Next(10);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p > 0)
                {
                    text.Append("\n\n");
                }

                var sentences = 1 + random.Next(5);
                for (var s = 0; s < sentences; s++)
                {
                    if (s > 0)
                    {
                        text.Append(' ');
                    }

                    AppendSentence(text, random, vocabulary, cumulative, 8 + random.Next(23));
                }
            }

            var title = new StringBuilder();
            AppendSentence(title, random, vocabulary, cumulative, 4 + random.Next(9));
            yield return new NewsArticle
            {
                Id = $"gen-{i:D7}",
                Title = title.ToString().TrimEnd('.'),
                Dateline = random.Next(10) < 9 ? Cities[SyntheticCorpus.Zipf(random, Cities.Length)] : null,
                Source = random.Next(2) == 0 ? "Meridian Wire" : "Harbor Times",
                Published = random.Next(20) == 0 ? null : new DateTimeOffset(1987, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.NextInt64(1_230_000_000)),
                Body = text.ToString(),
                Language = "en",
            };
        }
    }

    private static void AppendSentence(StringBuilder text, Random random, string[] vocabulary, double[] cumulative, int words)
    {
        for (var w = 0; w < words; w++)
        {
            var word = vocabulary[Rank(random, cumulative)];
            if (w == 0)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
            else
            {
                text.Append(' ').Append(word);
            }
        }

        text.Append('.');
    }

    private static string[] Vocabulary(Random random)
    {
        var words = new List<string>(Head);
        var seen = new HashSet<string>(Head, StringComparer.Ordinal);

        // The rare query words sit deep in the tail, where they are in news text.
        var rare = new[] { "cocoa", "brazil", "renault", "bahia", "boesky", "xinjiang" };
        words.RemoveAll(w => rare.Contains(w));
        while (words.Count < VocabularySize)
        {
            var length = 2 + random.Next(3);
            var word = string.Concat(Enumerable.Range(0, length).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        int[] ranks = [500, 900, 2_000, 8_000, 15_000, 40_000];
        for (var i = 0; i < rare.Length; i++)
        {
            words.Insert(ranks[i], rare[i]);
        }

        return [.. words];
    }

    private static double[] Cumulative(int n)
    {
        var cumulative = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, Exponent);
            cumulative[k] = sum;
        }

        for (var k = 0; k < n; k++)
        {
            cumulative[k] /= sum;
        }

        return cumulative;
    }

    private static int Rank(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
