using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// The fields a reader sees on the page itself: the headline, the byline (<c>rel=author</c>,
/// <c>itemprop=author</c>, <c>.byline</c>, a "By …" line), the dek or standfirst, a date stamp
/// (<c>&lt;time datetime&gt;</c> or a dated element), and the captions of figures with their credits.
/// Read after clear chrome is gone, so related-story cards and comments cannot lend their bylines.
/// </summary>
internal sealed partial class VisibleFields
{
    /// <summary>"By" as English, French, Spanish, Portuguese and Dutch bylines write it, as regex alternatives.</summary>
    internal const string ByWords = "by|par|por|door";

    private const int MaxBylineWords = 16;
    private const int MaxBylineBlockWords = 60;

    // A name, or a name with its co-authors in brackets ("Martin Untersinger (avec Damien Leloup et Morgane Tual)").
    private const int MaxAuthorElementWords = 10;
    private const int MinDekWords = 4;
    private const int MaxDekWords = 70;
    private const int MaxDateTextLength = 90;
    private const int MaxDekSearch = 2000;

    private readonly List<IElement> _shown = [];

    private VisibleFields()
    {
    }

    public string? Headline { get; private set; }

    public string? Byline { get; private set; }

    public string? BylineSource { get; private set; }

    public string? BylineText { get; private set; }

    public string? Dek { get; private set; }

    public string? DateText { get; private set; }

    public DateTimeOffset? Published { get; private set; }

    public DateTimeOffset? Modified { get; private set; }

    public IReadOnlyList<string> Captions { get; private set; } = [];

    /// <summary>The figures and captions the captions were read from: never story text, in any pass over the page.</summary>
    public IReadOnlySet<IElement> CaptionElements { get; private set; } = new HashSet<IElement>();

    /// <summary>
    /// Reads the fields, then removes (through <paramref name="removal"/>, which can put them back) the elements they came from (headline, byline, dek, date stamp,
    /// figures and captions), whose text is not story text.
    /// </summary>
    public static VisibleFields Read(IElement body, string? knownTitle, string? knownDescription, ElementRemoval removal)
    {
        var fields = new VisibleFields();
        var elements = ContentExtractor.Descendants(body).ToList();
        fields.ReadHeadline(elements, knownTitle);
        fields.ReadByline(elements);
        fields.ReadDek(elements, knownDescription);
        fields.ReadDates(elements);
        (fields.Captions, fields.CaptionElements) = TakeCaptions(elements, removal);
        foreach (var element in fields._shown)
        {
            removal.Remove(element);
        }

        return fields;
    }

    private void ReadHeadline(List<IElement> elements, string? knownTitle)
    {
        var headings = elements.Where(e => e.LocalName == "h1" || e.GetAttribute("itemprop") == "headline").ToList();
        IElement? heading = null;
        if (knownTitle is not null)
        {
            var wanted = TextShape.Comparable(knownTitle);
            heading = headings.FirstOrDefault(h => TextShape.Comparable(HtmlText.Inline(h)) == wanted);
        }

        heading ??= headings.FirstOrDefault(h => h.Closest("article, main, [role=main]") is not null) ?? headings.FirstOrDefault();
        if (heading is not null && HtmlText.Inline(heading) is { Length: > 0 } text)
        {
            Headline = text;
            _shown.Add(heading);
        }
    }

    private void ReadByline(List<IElement> elements)
    {
        // Linked author names: one element each, as many as there are authors.
        var names = AuthorNames(elements);

        // A class word on a whole story (WordPress's "tag-fan-contributor" on <article>) makes no byline block.
        var block = elements.FirstOrDefault(e => PageChrome.HasClassWord(e, ClassWords.Byline)
            && HtmlText.Inline(e) is { Length: > 0 } text && TextShape.WordCount(text) <= MaxBylineBlockWords);
        if (block is not null)
        {
            BylineText = HtmlText.Inline(block);
            _shown.Add(WithByWord(block, BylineText));

            // The names a byline block links to (rel=author, itemprop, or an author page) are the names
            // without the job title or date printed beside them; names elsewhere on the page may be a
            // related story's.
            var linked = AuthorNames([block, .. ContentExtractor.Descendants(block)], authorPages: true);
            if (BylineCue.TryRead(BylineText) is { } cue)
            {
                Byline = linked.Count > 0 && cue.Byline is not null ? string.Join(", ", linked) : cue.Byline;
                BylineSource = cue.Source;
                Published ??= cue.Published;
            }
            else if (linked.Count > 0)
            {
                Byline = string.Join(", ", linked);
            }
        }

        if (Byline is null && names.Count > 0)
        {
            Byline = string.Join(", ", names);
        }

        if (Byline is null && BylineText is { } text && TextShape.WordCount(text) <= MaxBylineWords)
        {
            var stripped = WithoutDate(ByPrefix().Replace(text, "").Split(['|', '·', '•'])[0]).Trim().TrimEnd(',');
            Byline = stripped.Length > 0 ? stripped : null;
        }

        if (Byline is null)
        {
            // A "By Jane Doe" line with no class, as simple templates print it.
            foreach (var element in elements.Where(e => e.LocalName is "p" or "div" or "span" or "address" && !e.Children.Any(HtmlText.IsBlock)).Take(400))
            {
                if (HtmlText.FirstCharacter(element) is not ('B' or 'b'))
                {
                    continue;
                }

                var line = HtmlText.Inline(element);
                if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && BylineCue.TryRead(line) is { Byline: not null } cue)
                {
                    Byline = cue.Byline;
                    BylineSource = cue.Source;
                    BylineText = line;
                    _shown.Add(element);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The names of author elements (<c>rel=author</c>, <c>itemprop=author</c>) among <paramref name="elements"/>,
    /// and with <paramref name="authorPages"/> also of links to an author's page (<c>/author/jane-doe</c>).
    /// </summary>
    private static List<string> AuthorNames(IEnumerable<IElement> elements, bool authorPages = false) => elements
        .Where(e => IsAuthorName(e, authorPages))
        .Select(e => e.GetAttribute("content") ?? HtmlText.Inline(e))
        .Select(n => ByPrefix().Replace(n.Trim(), ""))
        .Where(n => n.Length > 0 && TextShape.WordCount(n) <= MaxAuthorElementWords)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// An element that names an author: <c>rel=author</c>, <c>itemprop=author</c> without a name inside, the
    /// <c>itemprop=name</c> of an author, or (<paramref name="authorPages"/>) a link to an author's page.
    /// Runs for every element of the page; most have none of these attributes, so each is read once.
    /// </summary>
    private static bool IsAuthorName(IElement element, bool authorPages)
    {
        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.GetAttribute("rel") is { } rel && HasToken(rel, "author"))
        {
            return true;
        }

        var itemprop = element.GetAttribute("itemprop");
        return (itemprop == "author" && element.QuerySelector("[itemprop=name]") is null)
            || (itemprop == "name" && element.ParentElement?.Closest("[itemprop=author]") is not null)
            || (authorPages && element.LocalName == "a" && AuthorPage().IsMatch(element.GetAttribute("href") ?? ""));
    }

    /// <summary>Whether one of the space-separated tokens of <paramref name="list"/> is <paramref name="token"/>, in any case.</summary>
    private static bool HasToken(string list, string token)
    {
        foreach (var range in list.AsSpan().Split(' '))
        {
            if (list.AsSpan(range).Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The byline block with the ancestors that add only a "By" or "Por" before it (<c>Por &lt;span
    /// class="last-byline"&gt;Josh Max&lt;/span&gt;</c>): taking the name out alone would leave the word behind.
    /// </summary>
    private static IElement WithByWord(IElement block, string blockText)
    {
        var line = block;
        for (var parent = block.ParentElement; parent is not null && !HtmlText.IsBlock(line); parent = parent.ParentElement)
        {
            var text = HtmlText.Inline(parent);
            if (!text.EndsWith(blockText, StringComparison.Ordinal))
            {
                break;
            }

            var before = text.AsSpan(0, text.Length - blockText.Length).Trim();
            if (before.Length > 0 && !ByWord().IsMatch(before))
            {
                break;
            }

            line = parent;
        }

        return line;
    }

    /// <summary>A byline block's text up to the date printed after the name ("Joshua Sokol May 20, 2019").</summary>
    private static string WithoutDate(string text)
    {
        var date = TrailingDate().Match(text);
        return date.Success && date.Index > 0 ? text[..date.Index] : text;
    }

    private void ReadDek(List<IElement> elements, string? knownDescription)
    {
        // The page's own description shown under the headline is its dek, whatever the element's class.
        if (knownDescription is not null && TextShape.WordCount(knownDescription) is >= MinDekWords and <= MaxDekWords)
        {
            var wanted = TextShape.Comparable(knownDescription);
            var shown = elements.Take(MaxDekSearch).FirstOrDefault(e => e.LocalName is "p" or "h2" or "div" or "span" && !e.Children.Any(HtmlText.IsBlock)
                && (wanted.Length == 0 || TextShape.ComparableCharacter(HtmlText.FirstCharacter(e)) == wanted[0])
                && TextShape.Comparable(HtmlText.Inline(e)) == wanted);
            if (shown is not null)
            {
                Dek = HtmlText.Inline(shown);
                _shown.Add(shown);
                return;
            }
        }

        foreach (var element in elements)
        {
            if (!PageChrome.HasClassWord(element, ClassWords.Dek) && element.GetAttribute("itemprop") != "alternativeHeadline")
            {
                continue;
            }

            var text = HtmlText.Inline(element);
            if (TextShape.WordCount(text) is >= MinDekWords and <= MaxDekWords)
            {
                Dek = text;
                _shown.Add(element);
                return;
            }
        }

        // An h2 straight after the headline, inside the same header, is the dek on many templates.
        var headline = elements.FirstOrDefault(e => e.LocalName == "h1");
        if (headline?.NextElementSibling is { LocalName: "h2" or "p" } next && headline.ParentElement?.LocalName is "header" or "hgroup"
            && HtmlText.Inline(next) is { } dek && TextShape.WordCount(dek) is >= MinDekWords and <= MaxDekWords
            && BylineCue.TryRead(dek) is null && !PublishedDateCue.TryRead(dek, out _, out _, out _))
        {
            Dek = dek;
            _shown.Add(next);
        }
    }

    private void ReadDates(List<IElement> elements)
    {
        foreach (var element in elements)
        {
            var itemprop = element.GetAttribute("itemprop");
            var stamp = element.GetAttribute("datetime") ?? (itemprop is not null ? element.GetAttribute("content") : null);
            var isModified = itemprop == "dateModified" || PageChrome.HasClassWord(element, ClassWords.Modified);
            if (stamp is not null && ((element.LocalName == "time" && element.Closest("p, li") is null) || itemprop is "datePublished" or "dateModified")
                && DateParsing.TryParse(stamp, out var date))
            {
                if (isModified)
                {
                    Modified ??= date;
                }
                else
                {
                    Published ??= date;
                }

                continue;
            }

            if (Published is null && PageChrome.HasClassWord(element, ClassWords.Date) && !element.Children.Any(HtmlText.IsBlock))
            {
                var text = HtmlText.Inline(element);
                if (text.Length <= MaxDateTextLength && PublishedDateCue.TryRead(text, out var shown, out var isUpdate, out _))
                {
                    DateText = text;
                    _shown.Add(element);
                    if (isUpdate || isModified)
                    {
                        Modified ??= shown;
                    }
                    else
                    {
                        Published = shown;
                    }
                }
            }
        }
    }

    private static (List<string> Captions, HashSet<IElement> Elements) TakeCaptions(List<IElement> elements, ElementRemoval removal)
    {
        var captions = new List<string>();
        var taken = new List<IElement>();
        var takenSet = new HashSet<IElement>();
        foreach (var element in elements)
        {
            if (takenSet.Count > 0 && IsInside(element, takenSet))
            {
                continue;
            }

            string? caption = null;
            if (element.LocalName == "figure")
            {
                var parts = new List<string>();
                if (element.QuerySelector("figcaption") is { } figcaption)
                {
                    parts.Add(CaptionText.Read(figcaption));
                }

                parts.AddRange(element.QuerySelectorAll("*")
                    .Where(e => PageChrome.HasClassWord(e, ClassWords.Caption) && e.Closest("figcaption") is null)
                    .Where(e => !e.QuerySelectorAll("*").Any(inner => PageChrome.HasClassWord(inner, ClassWords.Caption)))
                    .Select(CaptionText.Read));
                caption = string.Join(' ', parts.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal));
            }
            else if (element.LocalName == "figcaption" || (PageChrome.HasClassWord(element, ClassWords.Caption) && BesidePicture(element)))
            {
                caption = CaptionText.Read(element);
                if (element.NextElementSibling is { } next && PageChrome.HasClassWord(next, ClassWords.Credit) && !PageChrome.HasClassWord(element, ClassWords.Credit))
                {
                    caption += " " + CaptionText.Read(next);
                    taken.Add(next);
                    takenSet.Add(next);
                }
            }
            else
            {
                continue;
            }

            taken.Add(element);
            takenSet.Add(element);
            caption = CaptionLabel().Replace(caption.Trim(), "");
            if (caption.Length > 0 && !captions.Any(c => TextShape.Comparable(c) == TextShape.Comparable(caption)))
            {
                captions.Add(caption);
            }
        }

        foreach (var element in taken)
        {
            removal.Remove(element);
        }

        return (captions, takenSet);
    }

    /// <summary>Whether <paramref name="element"/> is one of <paramref name="elements"/> or inside one: a walk up its ancestors, not a search down each.</summary>
    private static bool IsInside(IElement element, HashSet<IElement> elements)
    {
        for (var at = element; at is not null; at = at.ParentElement)
        {
            if (elements.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A caption class means a caption only next to a picture; "story-footer-credit" under the text is the story's.</summary>
    private static bool BesidePicture(IElement element) =>
        element.ParentElement?.QuerySelector("img, picture, amp-img, video, amp-video") is not null;

    [GeneratedRegex(@"^(By|BY|by)\b:?\s*")]
    private static partial Regex ByPrefix();

    // The word alone, as a line printed before a name in its own element ("Por <span>Josh Max</span>").
    [GeneratedRegex(@"^(" + ByWords + @")\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByWord();

    // An author's page: /author/jane-doe, /authors/…, /auteur/…, /autor/…, /profiles/….
    [GeneratedRegex(@"/(author|authors|auteur|auteurs|autor|autoren|autore|profiles?)/[^/?#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPage();

    // A date after a name: "May 20, 2019", "20 May 2019", "2019-05-20", "05/20/2019", "Updated …".
    [GeneratedRegex(@"\s(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:Updated|Published|Posted)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(image caption|caption)\s*[:,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLabel();
}
