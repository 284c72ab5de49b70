using System.Text;
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

    private const int MinAnchorWords = 4;

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
    private static readonly HashSet<string> StartsSeveralWords = FirstParts(WordMeanings);

    // The words that name the fields shown on the page (VisibleFields). A word written with "-" matches only so
    // written ("sub-title", not "sub_title"), where the chrome words above join their parts across any separator.
    private static readonly Dictionary<string, ClassWords> FieldMeanings = Meanings(
        ("byline by-line bylines author-name authorname article-author author authors contributor", ClassWords.Byline),
        ("dek deck standfirst subtitle sub-title subheadline sub-headline strapline summary excerpt", ClassWords.Dek),
        ("date time timestamp published pubdate posted dateline-date story-date", ClassWords.Date),
        ("updated modified update", ClassWords.Modified),
        ("caption captions figcaption credit credits photo-credit image-credit", ClassWords.Caption),
        ("credit credits photo-credit image-credit copyright", ClassWords.Credit));

    private static readonly HashSet<string> StartsTwoFieldWords = FirstParts(FieldMeanings);

    // Tokens are looked up as spans of the class string: classifying one makes no strings.
    private static readonly Dictionary<string, ClassWords>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        WordMeanings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, ClassWords>.AlternateLookup<ReadOnlySpan<char>> FieldLookup =
        FieldMeanings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartsSeveralLookup =
        StartsSeveralWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StartsTwoFieldLookup =
        StartsTwoFieldWords.GetAlternateLookup<ReadOnlySpan<char>>();

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
                var named = Cached(attribute.Value);
                if (named != ClassWords.None && attribute.Name == "id" && IsHeadingAnchor(element, attribute.Value))
                {
                    continue;
                }

                words |= named;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether <paramref name="id"/> is the slug of the heading that opens <paramref name="element"/>, as documentation
    /// generators name sections ("sharing-with-a-single-developer" over "Sharing with a single developer"): the words
    /// are the heading's, not the name of a component. Only slugs of four words or more count, so that a comment
    /// thread named "comments" over a "Comments" heading is still chrome.
    /// </summary>
    private static bool IsHeadingAnchor(IElement element, string id)
    {
        if (id.Count(c => c == '-') < MinAnchorWords - 1 || element.FirstElementChild is not { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" } heading)
        {
            return false;
        }

        var slug = new StringBuilder(id.Length);
        foreach (var c in heading.TextContent)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-').Equals(id, StringComparison.OrdinalIgnoreCase);
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

    /// <summary>
    /// What the words of one class or id string say. Tokens are the runs between white space, <c>-</c> and
    /// <c>_</c>; a chrome word written with dashes matches its parts in a row, a field word (byline, dek, date,
    /// caption, credit) only when they are joined by one dash, as a class selector would spell it.
    /// </summary>
    private static ClassWords Classify(string names)
    {
        var text = names.AsSpan();
        Span<Range> tokens = text.Length <= 256 ? stackalloc Range[129] : new Range[(text.Length / 2) + 1];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !IsSeparator(text[i]))
            {
                i++;
            }

            tokens[count++] = start..i;
        }

        var words = ClassWords.None;
        Span<char> joined = stackalloc char[64];
        for (var t = 0; t < count; t++)
        {
            var token = text[tokens[t]];
            var meaning = Meaning(WordLookup, token);
            words |= (meaning == ClassWords.None ? CamelCaseMeaning(token) | RunTogetherMeaning(token) : meaning) | Meaning(FieldLookup, token);
            if (t + 1 < count && StartsSeveralLookup.Contains(token))
            {
                words |= Joined(text, tokens.Slice(t, 2), joined, WordLookup);
                if (t + 2 < count)
                {
                    words |= Joined(text, tokens.Slice(t, 3), joined, WordLookup);
                }
            }

            if (t + 1 < count && StartsTwoFieldLookup.Contains(token) && text[tokens[t].End..tokens[t + 1].Start] is "-")
            {
                words |= Joined(text, tokens.Slice(t, 2), joined, FieldLookup);
            }
        }

        return words;
    }

    /// <summary>
    /// The chrome and content words of a token written in camel case ("commentsDiv", "relatedPosts", "articleBody"),
    /// each part read as a word. Only a token that means nothing whole is split, so "SubTitle" stays a dek; field
    /// words are not read from parts, as a byline or date word inside a longer name says too little.
    /// </summary>
    private static ClassWords CamelCaseMeaning(ReadOnlySpan<char> token)
    {
        var words = ClassWords.None;
        var start = 0;
        for (var i = 1; i <= token.Length; i++)
        {
            if (i == token.Length || (char.IsUpper(token[i]) && char.IsLower(token[i - 1])))
            {
                if (start == 0 && i == token.Length)
                {
                    return ClassWords.None;
                }

                words |= Meaning(WordLookup, token[start..i]);
                start = i;
            }
        }

        return words;
    }

    /// <summary>
    /// A comment thread's name run together with other words ("fbcommentsmodule", "recentcomments", "commentform"),
    /// which Readability finds by the substring: "comment" inside a longer word, but not "commentary", an opinion piece.
    /// </summary>
    private static ClassWords RunTogetherMeaning(ReadOnlySpan<char> token)
    {
        var at = token.IndexOf("comment", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && !token[(at + "comment".Length)..].StartsWith("ar", StringComparison.OrdinalIgnoreCase)
            ? Meaning(WordLookup, "comment")
            : ClassWords.None;
    }

    private static bool IsSeparator(char c) => c is '-' or '_' || char.IsWhiteSpace(c);

    /// <summary>The meaning of <paramref name="parts"/> of <paramref name="text"/> joined by dashes, as a word of <paramref name="lookup"/>.</summary>
    private static ClassWords Joined(ReadOnlySpan<char> text, ReadOnlySpan<Range> parts, Span<char> buffer, Dictionary<string, ClassWords>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var length = 0;
        foreach (var part in parts)
        {
            var token = text[part];
            if (length + token.Length + 1 > buffer.Length)
            {
                // Longer than any word in the lists.
                return ClassWords.None;
            }

            if (length > 0)
            {
                buffer[length++] = '-';
            }

            token.CopyTo(buffer[length..]);
            length += token.Length;
        }

        return Meaning(lookup, buffer[..length]);
    }

    private static ClassWords Meaning(Dictionary<string, ClassWords>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var meaning) ? meaning : ClassWords.None;

    private static HashSet<string> FirstParts(Dictionary<string, ClassWords> meanings) => new(
        meanings.Keys.Where(word => word.Contains('-', StringComparison.Ordinal)).Select(word => word[..word.IndexOf('-', StringComparison.Ordinal)]),
        StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, ClassWords> Meanings() => Meanings(
        (StrongChromeWords, ClassWords.StrongChrome), (AlwaysWeakChromeWords, ClassWords.AlwaysWeakChrome),
        (WeakChromeWords, ClassWords.WeakChrome), (ContentWords, ClassWords.Content));

    private static Dictionary<string, ClassWords> Meanings(params ReadOnlySpan<(string Words, ClassWords Meaning)> lists)
    {
        var meanings = new Dictionary<string, ClassWords>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, meaning) in lists)
        {
            foreach (var word in words.Split(' '))
            {
                meanings[word] = meanings.GetValueOrDefault(word) | meaning;
            }
        }

        return meanings;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

}
