using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Reads one article from a saved web page. Fields come from the page's JSON-LD first, then its
/// meta tags (OpenGraph, <c>article:*</c>, Dublin Core, <c>author</c>), then what the page shows; the
/// body is the main content only (see <see cref="ContentExtractor"/>), with chrome, figures and
/// furniture removed. Parsing never fetches anything: AngleSharp's parser alone loads no scripts,
/// images or stylesheets, and scripting is off.
/// </summary>
internal static partial class HtmlArticleReader
{
    private const int MaxSiteSuffixWords = 5;
    private const int MinTitleWords = 3;
    private const int StoryParagraphLength = 80;
    private const int StoryParagraphs = 3;
    private const int MaxCaptionWords = 50;
    private const int MaxNesting = 2000;
    private const int MaxKickerWords = 3;
    private const int MinDocumentTitleWords = 2;
    private const int MinLinkedItemWords = 8;
    private const int MinTeaserWords = 12;
    private const double MaxTeaserLinkDensity = 0.1;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,

        // Nothing reads where an element stood in the source, a comment, or the text of a raw-text element
        // (style sheets; iframe, noembed and noframes fallbacks; the obsolete xmp, which no current page
        // uses); not building them spares the parser work and the heap. Script text stays: JSON-LD is in it.
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
    };

    private static readonly string[] Published =
    [
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "article.published", "og:published_time", "citation_publication_date",
    ];

    private static readonly string[] Modified =
    [
        "article:modified_time", "og:updated_time", "dateModified", "dcterms.modified", "last-modified", "article.updated",
    ];

    // A parser is cheap to use but not documented as thread-safe; files are parsed on several threads.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => DecodedTextParser.Create(ParserOptions));

    /// <summary>
    /// The article of a saved page. <paramref name="html"/> may be a pooled buffer: nothing read from it (the
    /// parsed tree included) is kept past this call.
    /// </summary>
    public static ArticleRecord Read(ReadOnlyMemory<char> html, string path, IReadOnlyList<ReadWarning> warnings)
    {
        if (MarkupDepth.Exceeds(html.Span, MaxNesting))
        {
            return new ArticleRecord { Path = path, Warnings = [.. warnings, new ReadWarning(path, null, $"skipped: elements nested more than {MaxNesting} levels deep; not a real page")] };
        }

        var document = Parser.Value!.ParseDocument(html);
        var article = Extract(document, out var prose);
        var all = warnings.ToList();
        if (article is null)
        {
            all.Add(new ReadWarning(path, null, "skipped: the page has no headline or article text"));
            return new ArticleRecord { Path = path, Warnings = all };
        }

        var bodyLetters = BodyFallback.Letters(article.Body);
        if (bodyLetters == 0 && prose > 0)
        {
            all.Add(new ReadWarning(path, null, $"the article body is empty although the page shows {prose} characters of text; check the page or index it as text"));
        }
        else if (BodyFallback.IsShort(bodyLetters, prose))
        {
            all.Add(new ReadWarning(path, null, $"the article body is suspiciously short: {bodyLetters} characters of the {prose} the page shows as prose"));
        }

        return new ArticleRecord { Article = article with { Id = ArticleIds.Derive(article) }, Path = path, Warnings = all };
    }

    /// <summary>
    /// The article in a parsed page, or null when it holds neither a title nor text. Id is left empty.
    /// <paramref name="document"/> is edited; <paramref name="prose"/> is how much prose the page shows, in letters.
    /// </summary>
    public static NewsArticle? Extract(IDocument document, out int prose)
    {
        prose = BodyFallback.Prose(document);
        var metadata = PageMetadata.Read(document);
        var ld = JsonLdReader.Read(metadata.JsonLd);
        var siteName = ld?.Publisher ?? metadata.First("og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher");

        var removal = new ElementRemoval();
        removal.RemoveWhere(document, e => PageChrome.IsClearlyChrome(e) && (HtmlText.IsInvisible(e) || !HoldsHeadline(e)));

        var metaTitle = ld?.Headline ?? StripSiteName(metadata.First("dc.title", "dcterms.title", "og:title", "twitter:title", "headline", "title", "parsely-title", "sailthru.title"), siteName);
        var description = ld?.Description ?? metadata.First("og:description", "description", "twitter:description", "dc.description");
        var section = ld?.Section ?? metadata.First("article:section", "section", "parsely-section", "article.section", "category");
        var body = document.Body;
        var shown = body is null ? null : VisibleFields.Read(body, metaTitle, description, removal);
        var title = ChooseTitle(ld?.Headline, metaTitle, shown?.Headline, StripSiteName(metadata.TitleElement, siteName));

        removal.RemoveWhere(document, e => PageChrome.IsChrome(e) && !HoldsStory(e) && !IsPartOfALine(e));

        IReadOnlyList<IElement> content = body is null ? [] : ConditionalCleaning.CleanedContent(body, removal);
        var paragraphs = content.SelectMany(element => HtmlText.Paragraphs(element)).ToList();
        var cues = new BodyCues();
        string?[] labels = [section, .. ld?.Keywords ?? [], .. Tags(metadata)];
        var kickers = labels.OfType<string>().Select(TextShape.Comparable).ToHashSet(StringComparer.Ordinal);
        var bodyText = CleanBody(paragraphs, title, shown, kickers, cues);
        var letters = BodyFallback.Letters(bodyText);
        if (letters == 0 || BodyFallback.IsShort(letters, prose))
        {
            // The fallbacks read the page as parsed: what this pass removed is put back first.
            removal.Restore();
            bodyText = Fallback(bodyText, document, title, shown, kickers, ld?.ArticleBody, prose);
        }

        var stated = Byline(ld, metadata);

        // A user name ("CC7567") in the page's data gives way to the person's name the page shows.
        var byline = stated is not null && IsHandle(stated) && shown?.Byline is { } visible ? visible : stated ?? shown?.Byline ?? cues.Byline;
        byline = byline is null ? null : BylineWord().Replace(byline.Trim(), "");
        var subtitle = shown?.Dek ?? ld?.AlternativeHeadline ?? Teaser(description, bodyText);
        var article = new NewsArticle
        {
            Id = "",
            Url = ld?.Url is { } ldUrl && IsAbsoluteUrl(ldUrl) ? ldUrl : metadata.Canonical ?? metadata.First("og:url", "twitter:url") ?? ld?.Url,
            Title = TextCleanup.Field(title),
            Subtitle = TextCleanup.Field(subtitle),
            Byline = TextCleanup.Field(byline),
            Source = TextCleanup.Field(siteName ?? cues.DatelineSource ?? shown?.BylineSource ?? cues.BylineSource),
            Dateline = TextCleanup.Field(cues.Dateline),
            Published = Date(ld?.DatePublished) ?? MetaDate(metadata, Published) ?? shown?.Published ?? cues.Published
                ?? Date(ld?.DateModified) ?? MetaDate(metadata, Modified) ?? shown?.Modified ?? cues.Updated,
            Section = TextCleanup.Field(section),
            Tags = TextCleanup.List(ld?.Keywords is { Count: > 0 } keywords ? keywords : Tags(metadata)),
            Body = TextCleanup.Body(string.Join("\n\n", bodyText)),
            Captions = TextCleanup.List([.. shown?.Captions ?? [], .. cues.Captions, .. ld?.ImageCaptions ?? []]),
            Language = TextCleanup.Field(Language(metadata, ld)),
        };
        article = article with { Captions = Deduplicated(article.Captions) };
        return article.Title is null && article.Body.Length == 0 ? null : article;
    }

    /// <summary>
    /// The fallback chain for a body that came up empty or short: a second pass without the class-based chrome
    /// filter, the JSON-LD articleBody, the page's largest block of text, then the page's own text. Each
    /// replaces the body only when it extends it (<see cref="BodyFallback.Improves"/>).
    /// </summary>
    private static List<string> Fallback(List<string> body, IDocument parsed, string? title, VisibleFields? shown, HashSet<string> kickers, string? ldBody, int prose)
    {
        // One stripped page serves every fallback: none of them edits the page after it is stripped.
        var stripped = BodyFallback.Stripped(parsed);

        // Figures and captions stay out of the body here too: those the first pass read as captions, and figures
        // it never saw, inside a wrapper its class words removed.
        var captions = shown?.CaptionElements ?? new HashSet<IElement>();
        bool IsFigure(IElement e) => e.LocalName is "figure" or "figcaption" || captions.Contains(e);
        bool IsClearChrome(IElement e) => IsFigure(e) || (PageChrome.IsClearlyChrome(e) && !HoldsHeadline(e));
        var retry = CleanBody(BodyFallback.Retry(stripped, IsClearChrome), title, shown, kickers, new BodyCues());
        if (BodyFallback.Improves(retry, body))
        {
            body = retry;
        }

        if (ldBody is { Length: > 0 })
        {
            List<string> structured = [.. ldBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            if (BodyFallback.Improves(structured, body))
            {
                body = structured;
            }
        }

        // Only for a body that is a small part of the page's prose: the largest block of a page with a story
        // and a longer comment thread is the thread.
        if (BodyFallback.Letters(body) < prose * BodyFallback.VeryShortShare)
        {
            var block = CleanBody(BodyFallback.LargestBlock(stripped, IsClearChrome), title, shown, kickers, new BodyCues());
            if (BodyFallback.Improves(block, body))
            {
                body = block;
            }
        }

        if (body.Count == 0)
        {
            // Nothing reads as a story: the page's own text (say, a gallery's headings), not an empty body.
            var titleKey = title is null ? null : TextShape.Comparable(title);
            body = [.. BodyFallback.PageText(stripped, IsFigure).Select(p => p.Text).Where(t => TextShape.Comparable(t) != titleKey)];
        }

        return body;
    }

    /// <summary>
    /// A class word such as "comments-open" or "has-sidebar" on a wrapper around the whole page must not
    /// remove the page: an element that holds the headline or the marked article body is not chrome.
    /// </summary>
    private static bool HoldsHeadline(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article")
        {
            return true;
        }

        // What the selector "h1, [itemprop=articleBody], [itemprop=headline]" finds below the element, tested
        // directly: a selector engine matches each element against each selector through several calls.
        foreach (var descendant in ContentExtractor.Descendants(element))
        {
            if (descendant.LocalName == "h1"
                || (descendant.Attributes.Length > 0 && descendant.GetAttribute("itemprop") is "articleBody" or "headline"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a weak-chrome element (a byline's name, a date) is a phrase inside a line of text ("Por
    /// <c>&lt;span class="last-byline"&gt;</c>Josh Max"): taken out, it would leave half a line behind.
    /// </summary>
    private static bool IsPartOfALine(IElement element)
    {
        return !HtmlText.IsBlock(element) && !PageChrome.IsClearlyChrome(element) && element.ParentElement is { } parent && HtmlText.HasOwnText(parent);
    }

    /// <summary>After the headline is gone, a wrapper that holds several paragraphs of prose is the story's, not chrome.</summary>
    private static bool HoldsStory(IElement element) =>
        element.LocalName is "html" or "body"
        || element.QuerySelector("[itemprop~=articleBody]") is not null
        || element.QuerySelectorAll("p").Count(p => p.TextContent.Length >= StoryParagraphLength) >= StoryParagraphs;

    private static string? ChooseTitle(string? ldHeadline, string? metaTitle, string? heading, string? titleElement)
    {
        // JSON-LD headlines are sometimes cut at 110 characters for search engines; the page's own heading then has the rest.
        // A JSON-LD headline that neither the heading nor the document title shows, while those two agree,
        // describes something else (Wikipedia's "Wikimedia list article").
        if (ldHeadline is not null && heading is not null && titleElement is not null
            && titleElement.Contains(heading, StringComparison.OrdinalIgnoreCase)
            && !heading.Contains(ldHeadline, StringComparison.OrdinalIgnoreCase) && !titleElement.Contains(ldHeadline, StringComparison.OrdinalIgnoreCase)
            && !ldHeadline.Contains(heading, StringComparison.OrdinalIgnoreCase))
        {
            // The meta title was the same JSON-LD headline when the page had one (Wikipedia's "headline" is its description).
            metaTitle = metaTitle == ldHeadline ? null : metaTitle;
            ldHeadline = null;
        }

        if (ldHeadline is not null)
        {
            var cut = ldHeadline.TrimEnd('…', '.', ' ');
            return heading is not null && heading.Length > ldHeadline.Length && cut.Length < ldHeadline.Length
                && heading.StartsWith(cut, StringComparison.Ordinal) ? heading : ldHeadline;
        }

        // A heading contained in the meta title is the title without the site's name around it.
        if (heading is not null && (metaTitle ?? titleElement) is { } fromHead && fromHead.Contains(heading, StringComparison.OrdinalIgnoreCase))
        {
            return heading;
        }

        // Otherwise the document's title names the page, as a browser tab shows it; a heading that matches
        // no part of it is often a section or site label ("Allergies Health Center", "About This Site").
        return metaTitle ?? (titleElement is not null && TextShape.WordCount(titleElement) >= MinDocumentTitleWords ? titleElement : null) ?? heading ?? titleElement;
    }

    /// <summary>"Headline | Site" or "Site - Headline" without the site's part.</summary>
    private static string? StripSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = title.Trim();
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2)
        {
            return title;
        }

        if (siteName is not null)
        {
            var site = TextShape.Comparable(siteName);
            if (TextShape.Comparable(parts[^1]) == site)
            {
                return TitleWithout(title, parts[^1], atEnd: true);
            }

            if (TextShape.Comparable(parts[0]) == site)
            {
                return TitleWithout(title, parts[0], atEnd: false);
            }
        }

        // Without a known site name only a pipe is trusted: "Markets fall - Dow down 500" keeps its dash part.
        var last = parts[^1];
        return PipeSeparator().IsMatch(title) && TextShape.WordCount(last) <= MaxSiteSuffixWords && TextShape.WordCount(title) - TextShape.WordCount(last) >= MinTitleWords
            ? TitleWithout(title, last, atEnd: true)
            : title;
    }

    private static string TitleWithout(string title, string part, bool atEnd)
    {
        var rest = atEnd ? title[..title.LastIndexOf(part, StringComparison.Ordinal)] : title[(title.IndexOf(part, StringComparison.Ordinal) + part.Length)..];
        return rest.Trim().Trim('|', '-', '–', '—', ':', '·', '•').Trim();
    }

    /// <summary>
    /// The story's paragraphs without what pages print around it: the headline and dek again, byline and
    /// date lines (kept as fallbacks for pages with no metadata), credited captions, furniture, link lists
    /// after a "Related" heading, and a dateline, which is taken out of the first paragraph.
    /// </summary>
    private static List<string> CleanBody(List<HtmlParagraph> paragraphs, string? title, VisibleFields? shown, HashSet<string> kickers, BodyCues cues)
    {
        var titleKey = title is null ? null : TextShape.Comparable(title);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in (string?[])[shown?.Dek, shown?.BylineText, shown?.DateText, .. shown?.Captions ?? []])
        {
            if (text is not null)
            {
                known.Add(TextShape.Comparable(text));
            }
        }

        var kept = new List<HtmlParagraph>();
        var inRelatedList = false;
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var text = StoryLines(paragraph.Text, cues);
            if (text.Length == 0 || (titleKey is not null && TextShape.HasComparable(text, titleKey)) || IsAnyOf(text, known))
            {
                continue;
            }

            // A section or topic label printed above the headline ("Transport") is a kicker, not story.
            if (kept.Count == 0 && kickers.Contains(TextShape.Comparable(text)) && TextShape.WordCount(text) <= MaxKickerWords)
            {
                continue;
            }

            if (Boilerplate.IsRelatedHeading(text))
            {
                inRelatedList = true;
                continue;
            }

            if (inRelatedList && (paragraph.IsListItem || paragraph.LinkDensity > 0.5 || (TextShape.WordCount(text) <= 20 && !TextShape.EndsSentence(text))))
            {
                continue;
            }

            inRelatedList = false;
            // A list item that is one long link ("Bug 1677080 – Fullscreen PiP window is affected by …") is a
            // changelog or reading list the story gives, and a linked heading over its own paragraph is a
            // teaser's headline or a linked subhead; other linked paragraphs are menus.
            if (Boilerplate.IsBoilerplate(text)
                || (paragraph.LinkDensity > 0.5 && !(paragraph.IsListItem && TextShape.WordCount(text) >= MinLinkedItemWords) && !HeadsProse(paragraphs, index)))
            {
                continue;
            }

            if (TextShape.WordCount(text) <= MaxCaptionWords && CaptionCue.TryRead(text, out var caption, out _))
            {
                cues.Captions.Add(caption);
                continue;
            }

            kept.Add(paragraph with { Text = text });
        }

        // Headings with no story under them closed a section the chrome filter removed.
        while (kept.Count > 0 && kept[^1].IsHeading)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var texts = kept.Select(p => p.Text).ToList();
        if (texts.Count > 0 && DatelineCue.TryRead(texts[0]) is { } cue)
        {
            cues.Dateline = cue.Dateline;
            cues.DatelineSource = cue.Source;
            texts[0] = cue.Rest;
        }

        return texts;
    }

    /// <summary>Whether <paramref name="text"/> compares equal (<see cref="TextShape.Comparable"/>) to one of <paramref name="keys"/>.</summary>
    private static bool IsAnyOf(string text, HashSet<string> keys)
    {
        foreach (var key in keys)
        {
            if (TextShape.HasComparable(text, key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the paragraph is a heading with a paragraph of whole sentences right under it, in the same
    /// parent (past a thumbnail): a section front's teaser ("El día que renuncié a los Beatles" over its summary) or a linked
    /// subhead. A related-story card's excerpt is cut off ("Before walking up to…"), so it does not count.
    /// </summary>
    private static bool HeadsProse(List<HtmlParagraph> paragraphs, int index)
    {
        if (!paragraphs[index].IsHeading || index + 1 >= paragraphs.Count)
        {
            return false;
        }

        var next = paragraphs[index + 1];
        var end = next.Text.AsSpan().TrimEnd();
        return next.Block == NextWithText(paragraphs[index].Block) && !next.IsHeading && next.LinkDensity < MaxTeaserLinkDensity
            && TextShape.WordCount(next.Text) >= MinTeaserWords && TextShape.EndsSentence(next.Text) && !end.EndsWith("…") && !end.EndsWith("...");
    }

    /// <summary>The next sibling element that holds text: a teaser's thumbnail between its headline and summary is passed over.</summary>
    private static IElement? NextWithText(IElement element)
    {
        var next = element.NextElementSibling;
        while (next is not null && string.IsNullOrWhiteSpace(next.TextContent))
        {
            next = next.NextElementSibling;
        }

        return next;
    }

    /// <summary>The lines of a paragraph that are story: a "By …" line or a date stamp is recorded in <paramref name="cues"/> instead.</summary>
    private static string StoryLines(string paragraph, BodyCues cues)
    {
        var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var story = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (PublishedDateCue.TryRead(line, out var date, out var isUpdate, out _))
            {
                if (isUpdate)
                {
                    cues.Updated ??= date;
                }
                else
                {
                    cues.Published ??= date;
                }

                continue;
            }

            if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && BylineCue.TryRead(line) is { } byline)
            {
                cues.Byline ??= byline.Byline;
                cues.BylineSource ??= byline.Source;
                continue;
            }

            story.Add(line);
        }

        return string.Join('\n', story);
    }

    private static string? Byline(JsonLdArticle? ld, PageMetadata metadata)
    {
        // A one-person blog names itself after its author, and a newsroom may sign as itself ("BBC News"):
        // an author equal to the site's name is still the byline the page states.
        var names = ld?.Authors.Where(IsName).ToList() ?? [];
        if (names.Count > 0)
        {
            return string.Join(", ", names);
        }

        // Dublin Core first: pages that state both mean it as the precise field, "author" as the loose one.
        var meta = metadata.All("dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl")
            .Select(a => ByPrefix().Replace(a, ""))
            .Where(IsName)
            .ToList();
        return meta.Count > 0 ? string.Join(", ", meta) : null;
    }

    /// <summary>One word with a digit in it: an account name, not how a person signs.</summary>
    private static bool IsHandle(string name) => !name.Trim().Contains(' ', StringComparison.Ordinal) && name.Any(char.IsAsciiDigit);

    private static bool IsName(string name) =>
        !string.IsNullOrWhiteSpace(name) && !IsAbsoluteUrl(name) && !name.StartsWith('/') && !name.StartsWith('@');

    private static bool IsAbsoluteUrl(string text) => Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Teaser(string? description, List<string> body)
    {
        if (string.IsNullOrWhiteSpace(description) || TextShape.WordCount(description) < 4)
        {
            return null;
        }

        // Many sites put the opening of the story in the description; that is not a dek.
        var key = TextShape.Comparable(description).TrimEnd('…', '.', ' ');
        return body.Take(2).Any(p => TextShape.Comparable(p).StartsWith(key, StringComparison.Ordinal)) ? null : description;
    }

    private static IReadOnlyList<string> Tags(PageMetadata metadata)
    {
        var tags = metadata.All("article:tag");
        if (tags.Count > 0)
        {
            return tags.Count == 1 ? tags[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : tags;
        }

        return metadata.First("news_keywords", "keywords", "parsely-tags", "sailthru.tags")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
    }

    private static string? Language(PageMetadata metadata, JsonLdArticle? ld)
    {
        var language = metadata.Language ?? ld?.Language ?? metadata.First("og:locale", "content-language", "language", "dc.language");
        return language?.Replace('_', '-');
    }

    private static DateTimeOffset? Date(string? text) => DateParsing.TryParse(text, out var date) ? date : PublishedDateCue.TryParseValue(text ?? "", out date) ? date : null;

    private static DateTimeOffset? MetaDate(PageMetadata metadata, string[] keys) => Date(metadata.First(keys));

    private static List<string> Deduplicated(IReadOnlyList<string> captions)
    {
        // A JSON-LD caption usually repeats a figure's caption without its credit.
        var kept = new List<string>();
        foreach (var caption in captions)
        {
            var key = TextShape.Comparable(caption);
            if (!kept.Any(k => TextShape.Comparable(k).StartsWith(key, StringComparison.Ordinal) || key.StartsWith(TextShape.Comparable(k), StringComparison.Ordinal)))
            {
                kept.Add(caption);
            }
        }

        return kept;
    }

    [GeneratedRegex(@"\s+[|–—\-·•»]\s+|\s+::\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"\s(\||::)\s")]
    private static partial Regex PipeSeparator();

    [GeneratedRegex(@"^(By|BY|by)\b:?\s*")]
    private static partial Regex ByPrefix();

    // "By" as French, Spanish, Portuguese and Dutch bylines write it ("Par Sébastien Farcis").
    [GeneratedRegex(@"^(" + VisibleFields.ByWords + @")\s*:?\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineWord();
}
