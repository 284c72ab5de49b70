using System.Globalization;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace NewsSearch.Tests.Support;

/// <summary>
/// FsCheck generators for hostile inputs: random bytes, JSON built from a grammar with wrong types,
/// deep nesting and huge numbers, mutated article lines, scraped-text-like lines, markup, and all of
/// them gzipped or truncated. Structure-aware, so most inputs get past the first byte of each parser.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>How many inputs each property gets: 10,000 in the suite, more with NEWSSEARCH_FUZZ_ITERATIONS.</summary>
    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSSEARCH_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    private static readonly string[] Keys = ["id", "url", "title", "subtitle", "byline", "source", "dateline", "published", "section", "tags", "body", "captions", "language", "other", "", "\u0000", "títle"];

    private static readonly string[] Scalars =
    [
        "null", "true", "false", "0", "-0", "1e400", "-1e400", "123456789012345678901234567890", "1.5", "NaN", "\"\"", "\"x\"",
        "\"2018-11-05\"", "\"2018-11-05T14:30:00+05:30\"", "\"Mon, 05 Nov 2018 14:30:00 EST\"", "\"32/13/2018\"", "\"0000-00-00\"",
        "\"9999-12-31T23:59:59Z\"", "\"\\u0000\"", "\"\\ud800\"", "\"<script>alert(1)</script>\"", "\"Zürich 新闻 \\n\\n para\"",

        // The shapes of issue 14: ids that differ only in spaces or controls, terminal escapes,
        // values past Lucene's 32,766-byte term limit (ASCII and multi-byte), a list of thousands.
        "\"a b\"", "\"a  b \"", "\"a\\nb\"", "\"a\\u0007b\"", "\"\\u001b[2J\\u001b]0;title\\u0007\"",
        "\"" + new string('x', 33_000) + "\"", "\"" + new string('新', 11_000) + "\"",
        "[" + string.Join(',', Enumerable.Range(0, 3_000).Select(i => "\"t" + i.ToString(CultureInfo.InvariantCulture) + "\"")) + "]",
    ];

    private static readonly string[] TextLines =
    [
        "", " ", "Title: Ferry strike ends", "By: Mira Holt", "By MIRA HOLT and TOMÁS REY", "Date: 2018-11-05", "Source: Harbour Gazette",
        "PORTSMOUTH (Reuters) - Ferry crews returned to work.", "Photo: Crews at the terminal (Harbour Gazette)", "Share on Facebook",
        "Home | News | Sport", "Updated 5 November 2018, 14:30 GMT", "Advertisement", "\t\t", "\u00a0", "\ufeffTitle:", "<p>markup</p>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<rss><channel><item><title>t</title></item></channel></rss>",
        "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head><body>",
        "Crews\u0007 back\b on \u0000Monday", "\u001b[2J\u001b]0;title\u0007",
    ];

    public static Arbitrary<byte[]> Documents { get; } = Document().ToArbitrary();

    public static Gen<byte[]> Document() => Gen.OneOf(
        RandomBytes(),
        Json().Select(Utf8),
        JsonLines().Select(Utf8),
        MutatedLines(),
        Text().Select(Utf8),
        Gen.Constant(Array.Empty<byte>())).SelectMany(bytes => Gen.Frequency(
            (6, Gen.Constant(bytes)),
            (1, Gen.Constant(Gzip(bytes))),
            (1, Gen.Choose(0, Math.Max(0, Gzip(bytes).Length - 1)).Select(cut => Gzip(bytes)[..cut])),
            (1, Gen.Choose(0, bytes.Length).Select(cut => bytes[..cut]))));

    public static Gen<string> Json(int depth = 0) =>
        depth > 3
            ? Gen.Elements(Scalars)
            : Gen.Frequency(
                (4, Gen.Elements(Scalars)),
                (3, Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Keys).SelectMany(k => Json(depth + 1).Select(v => $"\"{k}\":{v}")), n)).Select(p => "{" + string.Join(',', p) + "}")),
                (2, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Json(depth + 1), n)).Select(items => "[" + string.Join(',', items) + "]")),
                (1, Gen.Choose(1, 1200).Select(n => new string('[', n) + new string(']', n))),
                (1, Gen.Choose(1, 1200).Select(n => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n))));

    private static Gen<string> JsonLines() =>
        Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, ArticleLine()), (1, Json())), n)).Select(lines => string.Join('\n', lines));

    private static Gen<string> ArticleLine() =>
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements(Keys).SelectMany(k => Gen.Elements(Scalars).Select(v => $"\"{k}\":{v}")), n))
            .Select(pairs => "{" + string.Join(',', pairs) + "}");

    private static Gen<byte[]> MutatedLines() =>
        JsonLines().Select(Utf8).SelectMany(bytes => Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, int.MaxValue), n * 3)).Select(r => Mutate(bytes, r)));

    private static Gen<string> Text() =>
        Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(TextLines)), (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))), n))
            .Select(lines => string.Join(Gen.Elements("\n", "\r\n", "\r").Sample(1, 1).First(), lines));

    private static Gen<byte[]> RandomBytes() => Gen.Choose(0, 2048).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    private static byte[] Mutate(byte[] bytes, int[] random)
    {
        var list = bytes.ToList();
        for (var i = 0; i + 2 < random.Length; i += 3)
        {
            var at = list.Count == 0 ? 0 : random[i] % list.Count;
            var value = (byte)(random[i + 1] % 256);
            switch (random[i + 2] % 3)
            {
                case 0 when list.Count > 0:
                    list[at] = value;
                    break;
                case 1:
                    list.Insert(at, value);
                    break;
                case 2 when list.Count > 0:
                    list.RemoveAt(at);
                    break;
                default:
                    break;
            }
        }

        return [.. list];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
