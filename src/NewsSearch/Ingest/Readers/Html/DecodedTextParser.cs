using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// AngleSharp parsers for text that is already decoded (<see cref="Encodings.TextDecoding"/> did it),
/// read through attributes, never through the DOM's live properties. The default browsing context
/// brings two services such a parse has no use for, and both cost:
/// <list type="bullet">
/// <item>a meta handler that switches the source's decoder at <c>&lt;meta charset&gt;</c>, which a parse
/// of decoded text ignores;</item>
/// <item>an attribute observer, told of every attribute of every element, that keeps live properties up
/// to date (<c>&lt;link href&gt;</c> is parsed as a URL, the host through IDNA).</item>
/// </list>
/// Either of them, on its first use, builds AngleSharp's table of every encoding it knows, loading each
/// code page's tables: a fifth of the CPU of reading one saved page in a fresh process.
/// </summary>
internal static class DecodedTextParser
{
    private static readonly IConfiguration Configuration =
        AngleSharp.Configuration.Default.Without<IMetaHandler>().Without<IAttributeObserver>();

    /// <summary>A parser with <paramref name="options"/> in a browsing context of its own, for one thread.</summary>
    public static HtmlParser Create(HtmlParserOptions options) => new(options, BrowsingContext.New(Configuration));
}
