using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Scores the HTML reader on Mozilla Readability's test pages (real pages nobody here wrote): body
/// tokens against the text of expected.html, and title, byline and published date against
/// expected-metadata.json. The labels are Readability's own output, so they are compared after
/// normalisation that any reader would agree with (white space, a "By" prefix, case of the byline,
/// a site-name suffix on the title), and the few labels that are not the field at all (a date line
/// taken for a byline) are set aside in <see cref="NotABylineLabels"/> with the reason.
/// </summary>
internal static partial class ReadabilityEvaluation
{
    /// <summary>Byline labels that are Readability's misreadings, not names; scored as "no label".</summary>
    public static readonly IReadOnlyDictionary<string, string> NotABylineLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["royal-road"] = "the label is the text of a 'Follow Author' button",
        ["seattletimes-1"] = "the label is the date line ('April 28, 2019 at 6:01 am Updated …')",
        ["spiceworks"] = "the label is the date line ('Last Updated: January 7, 2025')",
    };

    public static IReadOnlyList<PageScore> Run(string pagesFolder)
    {
        var scores = new List<PageScore>();
        foreach (var folder in Directory.GetDirectories(pagesFolder).Order(StringComparer.Ordinal))
        {
            scores.Add(Score(folder));
        }

        return scores;
    }

    /// <summary>Every other page in name order: the half rules were tuned on (true) or the held-out half.</summary>
    public static bool IsTuningHalf(IReadOnlyList<PageScore> all, PageScore page)
    {
        var index = 0;
        for (; index < all.Count && all[index] != page; index++)
        {
        }

        return index % 2 == 0;
    }

    public static PageScore Score(string folder)
    {
        var name = Path.GetFileName(folder);
        var records = ArticleReader.ReadFile(Existing(folder, "source.html")).ToList();
        var article = records.Select(r => r.Article).OfType<NewsArticle>().FirstOrDefault();
        var warnings = records.SelectMany(r => r.Warnings).Select(w => w.Message).ToList();
        var expectedText = ExpectedText(Existing(folder, "expected.html"));
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        var root = metadata.RootElement;
        string? Label(string key) => root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var body = TokenOverlap.Score(article?.Body, expectedText);
        var bylineLabel = NotABylineLabels.ContainsKey(name) ? null : Label("byline");
        var dateLabel = Label("publishedTime");
        return new PageScore(name)
        {
            Warnings = warnings,
            ExpectedBodyEmpty = Words().Count(expectedText) == 0,
            BodyPrecision = body.Precision,
            BodyRecall = body.Recall,
            BodyF1 = body.F1,
            BodyWords = Words().Count(article?.Body ?? ""),
            Title = article?.Title,
            TitleLabel = Label("title") ?? "",
            TitleCorrect = TitleMatches(article?.Title, Label("title") ?? ""),
            Byline = article?.Byline,
            BylineLabel = bylineLabel,
            BylineCorrect = bylineLabel is null ? null : BylineMatches(article?.Byline, bylineLabel),
            Published = article?.Published,
            DateLabel = dateLabel,
            DateCorrect = dateLabel is null ? null : DateMatches(article?.Published, dateLabel),
        };
    }

    /// <summary>The corpus gzips files over 1 KB; smaller ones are plain.</summary>
    private static string Existing(string folder, string name) =>
        File.Exists(Path.Combine(folder, name + ".gz")) ? Path.Combine(folder, name + ".gz") : Path.Combine(folder, name);

    /// <summary>Each page of the set, by folder name, with its source HTML as read from disk (UTF-8).</summary>
    public static IEnumerable<(string Name, string Html)> SourcePages()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(SharedData.Folder!, "corpora", "readability-test-pages", "pages")).Order(StringComparer.Ordinal))
        {
            var source = Existing(folder, "source.html");
            using var file = File.OpenRead(source);
            using Stream stream = source.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (Path.GetFileName(folder), reader.ReadToEnd());
        }
    }

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var",
    };

    /// <summary>The text of the expected body, one paragraph per block element.</summary>
    public static string ExpectedText(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var document = new HtmlParser().ParseDocument(reader.ReadToEnd());
        var text = new StringBuilder();
        Append(document.Body, text);
        return text.ToString();
    }

    private static void Append(INode? node, StringBuilder text)
    {
        var stack = new Stack<INode>();
        if (node is not null)
        {
            stack.Push(node);
        }

        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (current is IElement element && element.LocalName is "script" or "style" or "noscript")
            {
                continue;
            }

            // Block and table-cell boundaries separate words even where the markup has no white space; inline
            // elements do not ("<b>Wi</b>ki" is one word, and a Chinese sentence split by spans is one run).
            if (current is not IElement inline || !Inline.Contains(inline.LocalName))
            {
                text.Append('\n');
            }

            for (var i = current.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(current.ChildNodes[i]);
            }
        }
    }

    public static bool TitleMatches(string? produced, string label)
    {
        var got = Normal(produced);
        var want = Normal(label);
        if (got == want)
        {
            return true;
        }

        // Readability keeps the site's name on some titles ("Mozilla - Wikipedia") and drops it on others;
        // a title without "| Site" or "- Site" around it is the same title.
        return got.Length > 0 && (SiteAround(want, got) || SiteAround(got, want));
    }

    private static bool SiteAround(string longer, string shorter)
    {
        if (!longer.Contains(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = longer.Replace(shorter, "\u0001", StringComparison.Ordinal);
        return TitleAffix().IsMatch(rest);
    }

    public static bool BylineMatches(string? produced, string label) => BylineKey(produced) == BylineKey(label);

    private static string BylineKey(string? byline)
    {
        var text = Normal(byline);
        text = ByPrefix().Replace(text, "");

        // "A and B" and "A, B" name the same authors, in any language the page is in.
        return AuthorJoin().Replace(text, ", ").ToLowerInvariant();
    }

    public static bool DateMatches(DateTimeOffset? produced, string label)
    {
        if (produced is not { } got)
        {
            return false;
        }

        label = label.Trim();
        if (LabelOffset().IsMatch(label) && DateTimeOffset.TryParse(label, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return Math.Abs((got - instant).TotalSeconds) < 1;
        }

        if (DateTime.TryParse(label, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            // No offset in the label: the page's own clock time, or only its day when the label has no time.
            return label.Length <= 10 ? got.Date == wallClock.Date : Math.Abs((got.DateTime - wallClock).TotalSeconds) < 1;
        }

        return false;
    }

    private static string Normal(string? text) => Space().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(by|par|von|por)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(\u0001\s*[|\-–—:·»_]\s*[^\u0001]{1,60}|[^\u0001]{1,60}\s*[|\-–—:·«_]\s*\u0001|\u0001\s*\[[^\u0001\]]{1,60}\])$")]
    private static partial Regex TitleAffix();

    [GeneratedRegex(@"\s*,?\s+(and|und|et|y|e|&)\s+|\s*,\s*")]
    private static partial Regex AuthorJoin();

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex LabelOffset();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}

/// <summary>One page's scores; null "correct" means the page has no usable label for that field.</summary>
internal sealed record PageScore(string Name)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool ExpectedBodyEmpty { get; init; }

    public double BodyPrecision { get; init; }

    public double BodyRecall { get; init; }

    public double BodyF1 { get; init; }

    public int BodyWords { get; init; }

    public string? Title { get; init; }

    public string TitleLabel { get; init; } = "";

    public bool TitleCorrect { get; init; }

    public string? Byline { get; init; }

    public string? BylineLabel { get; init; }

    public bool? BylineCorrect { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? DateLabel { get; init; }

    public bool? DateCorrect { get; init; }
}
