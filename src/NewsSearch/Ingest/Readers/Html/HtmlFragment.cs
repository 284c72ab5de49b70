using AngleSharp.Html.Parser;
using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Turns an HTML snippet (a feed item's <c>content:encoded</c> or <c>description</c>) into paragraphs
/// of text and the captions of its figures, without the share links, ads and "read more" lines feeds append.
/// </summary>
internal static class HtmlFragment
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => DecodedTextParser.Create(new HtmlParserOptions { IsScripting = false }));

    /// <summary>Paragraphs of <paramref name="html"/>; plain text is split at blank lines.</summary>
    public static IReadOnlyList<string> Paragraphs(string html, List<string> captions)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return [.. html.ReplaceLineEndings("\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];
        }

        var document = Parser.Value!.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var figure in body.QuerySelectorAll("figure, .wp-caption").ToList())
        {
            var caption = figure.QuerySelector("figcaption, .wp-caption-text") is { } element ? HtmlText.Inline(element) : null;
            if (!string.IsNullOrWhiteSpace(caption))
            {
                captions.Add(caption);
            }

            figure.Remove();
        }

        foreach (var chrome in ContentExtractor.Descendants(body).Where(PageChrome.IsClearlyChrome).ToList())
        {
            chrome.Remove();
        }

        return [.. HtmlText.Paragraphs(body)
            .Where(p => p.LinkDensity <= 0.5 && !Boilerplate.IsBoilerplate(p.Text.Trim()))
            .Select(p => p.Text.Trim())
            .Where(p => p.Length > 0)];
    }

    /// <summary>The text of a one-line field that may hold markup or entities, such as an RSS title.</summary>
    public static string? Line(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.Value!.ParseDocument("<!DOCTYPE html><html><body><p>" + html + "</p></body></html>");
        return HtmlText.Inline(document.Body!);
    }
}
