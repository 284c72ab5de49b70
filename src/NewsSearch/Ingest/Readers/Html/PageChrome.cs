using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsSearch.Ingest.Readers.Html;

/// <summary>
/// Tells page chrome (menus, share bars, related stories, comments, ads, cookie banners) from article
/// content by tag, ARIA role and the words in <c>class</c> and <c>id</c>, as Readability does. Words are
/// matched whole (split at spaces, <c>-</c> and <c>_</c>), so <c>ad-slot</c> is chrome and <c>header</c>
/// in <c>leaderboard</c> is not looked for.
/// </summary>
internal static partial class PageChrome
{
    private const int MaxCached = 4096;

    private const string StrongChromeWords =
        "share shares sharing sharebar social socials related relatedposts recommended recommendations recirc comment comments disqus "
        + "newsletter newsletters subscribe subscription signup cookie cookies consent gdpr cmp advert adverts advertisement "
        + "advertising ad ads adslot adunit dfp gpt sponsor sponsored promo promotion outbrain taboola paywall breadcrumb breadcrumbs "
        + "popup modal overlay mostread most-read popular trending readmore more-stories tags tag-list topics toolbar tools "
        + "print skip cta visually-hidden sr-only screen-reader-text login signin masthead banner pagination pager jump widget rail";

    private const string AlwaysWeakChromeWords = "header footer nav navbar navigation menu sidebar byline author authors timestamp date meta kicker eyebrow";

    // "bio" is weak: a byline wrapper says "has-bio"/"hasnt-bio", and a bio box under the story goes with the second pass.
    private const string WeakChromeWords = "foot side hidden aside extra utility links info caption credit bio";

    private const string ContentWords = "article body content entry main post story text prose richtext rich-text copy";

    private static readonly Dictionary<string, ClassWords> WordMeanings = Meanings();

    /// <summary>First words of the entries written as several ("most-read", "screen-reader-text"): only they are joined with the words after them.</summary>
    private static readonly HashSet<string> StartsSeveralWords = new(
        WordMeanings.Keys.Where(word => word.Contains('-', StringComparison.Ordinal)).Select(word => word[..word.IndexOf('-', StringComparison.Ordinal)]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly (Regex Words, ClassWords Meaning)[] FieldWords =
    [
        (BylineClass(), ClassWords.Byline), (DekClass(), ClassWords.Dek), (DateClass(), ClassWords.Date),
        (ModifiedClass(), ClassWords.Modified), (CaptionClass(), ClassWords.Caption), (CreditClass(), ClassWords.Credit),
    ];

    private static readonly ThreadLocal<Dictionary<string, ClassWords>> Cache = new(() => new(StringComparer.Ordinal));

    private static readonly HashSet<string> ChromeTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "form", "dialog", "menu",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    /// <summary>Chrome whatever else its class says: nothing a reader came for is in a share bar or a cookie banner.</summary>
    public static bool IsClearlyChrome(IElement element)
    {
        // Images stay (they hold no text) so that caption elements can be told by the picture beside them.
        if ((HtmlText.IsInvisible(element) && element.LocalName is not ("img" or "picture" or "source")) || IsHidden(element))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        return Words(element).HasFlag(ClassWords.StrongChrome);
    }

    /// <summary>Hidden by the <c>hidden</c> attribute, <c>aria-hidden</c> or an inline style: a reader never sees it.</summary>
    public static bool IsHidden(IElement element)
    {
        // One pass over the element's few attributes (most have none), not three lookups that each lower-case the name.
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var hidden = attribute.Name switch
            {
                "hidden" => true,
                "aria-hidden" => string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase),
                "style" => HiddenStyle().IsMatch(attribute.Value),
                _ => false,
            };
            if (hidden)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Chrome by its tag or by a weaker class word (<c>sidebar</c>, <c>meta</c>), unless the class also says it is content.</summary>
    public static bool IsChrome(IElement element)
    {
        if (IsClearlyChrome(element) || ChromeTags.Contains(element.LocalName))
        {
            return true;
        }

        var words = Words(element);
        return words.HasFlag(ClassWords.AlwaysWeakChrome) || (words.HasFlag(ClassWords.WeakChrome) && !words.HasFlag(ClassWords.Content));
    }

    /// <summary>+1 for a class that names content, -1 for one that names chrome, 0 otherwise.</summary>
    public static int ClassWeight(IElement element)
    {
        var words = Words(element);
        var weight = 0;
        if (words.HasFlag(ClassWords.Content))
        {
            weight++;
        }

        if ((words & (ClassWords.StrongChrome | ClassWords.WeakChrome)) != 0)
        {
            weight--;
        }

        return weight;
    }

    /// <summary>Whether the element's class or id names it as <paramref name="word"/> says (a byline, dek, date stamp, caption …).</summary>
    public static bool HasClassWord(IElement element, ClassWords word) => Words(element).HasFlag(word);

    /// <summary>
    /// The words of the element's class and id, matched whole (split at white space, <c>-</c> and <c>_</c>;
    /// "most-read" as two words in a row). Pages repeat a few class strings on thousands of elements, so
    /// each string is classified once per thread: this runs for every element of every page. The id and the
    /// class are classified apart, as ids are mostly one of a kind and would make every pair one of a kind.
    /// </summary>
    public static ClassWords Words(IElement element)
    {
        // Most elements carry no attributes at all; they have no class or id to read.
        var attributes = element.Attributes;
        if (attributes.Length == 0)
        {
            return ClassWords.None;
        }

        // One pass over the few attributes an element has, instead of a lookup (which lower-cases the name) for each.
        var words = ClassWords.None;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (attribute.Name is "class" or "id")
            {
                words |= Cached(attribute.Value);
            }
        }

        return words;
    }

    private static ClassWords Cached(string names)
    {
        if (names.Length == 0)
        {
            return ClassWords.None;
        }

        var cache = Cache.Value!;
        if (cache.TryGetValue(names, out var words))
        {
            return words;
        }

        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        words = Classify(names);
        cache[names] = words;
        return words;
    }

    private static ClassWords Classify(string names)
    {
        var tokens = names.Split([' ', '\t', '\n', '\r', '\f', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var words = ClassWords.None;
        for (var i = 0; i < tokens.Length; i++)
        {
            words |= Word(tokens[i]);
            if (!StartsSeveralWords.Contains(tokens[i]))
            {
                continue;
            }

            if (i + 1 < tokens.Length)
            {
                words |= Word(tokens[i] + "-" + tokens[i + 1]);
            }

            if (i + 2 < tokens.Length)
            {
                words |= Word(tokens[i] + "-" + tokens[i + 1] + "-" + tokens[i + 2]);
            }
        }

        // The fields shown on the page (VisibleFields) are named by words of their own.
        foreach (var (field, word) in FieldWords)
        {
            if (field.IsMatch(names))
            {
                words |= word;
            }
        }

        return words;
    }

    private static ClassWords Word(string token) => WordMeanings.GetValueOrDefault(token);

    private static Dictionary<string, ClassWords> Meanings()
    {
        var meanings = new Dictionary<string, ClassWords>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, meaning) in (ReadOnlySpan<(string, ClassWords)>)[(StrongChromeWords, ClassWords.StrongChrome),
            (AlwaysWeakChromeWords, ClassWords.AlwaysWeakChrome), (WeakChromeWords, ClassWords.WeakChrome), (ContentWords, ClassWords.Content)])
        {
            foreach (var word in words.Split(' '))
            {
                meanings[word] = meanings.GetValueOrDefault(word) | meaning;
            }
        }

        return meanings;
    }

    [GeneratedRegex(@"(^|[\s_-])(byline|by-line|bylines|author-name|authorname|article-author|author|authors|contributor)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineClass();

    [GeneratedRegex(@"(^|[\s_-])(dek|deck|standfirst|subtitle|sub-title|subheadline|sub-headline|strapline|summary|excerpt)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DekClass();

    [GeneratedRegex(@"(^|[\s_-])(date|time|timestamp|published|pubdate|posted|dateline-date|story-date)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"(^|[\s_-])(updated|modified|update)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedClass();

    [GeneratedRegex(@"(^|[\s_-])(caption|captions|figcaption|credit|credits|photo-credit|image-credit)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionClass();

    [GeneratedRegex(@"(^|[\s_-])(credit|credits|photo-credit|image-credit|copyright)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditClass();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

}
