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

        var names = Names(element);
        return names.Length > 0 && StrongChrome().IsMatch(names);
    }

    /// <summary>Hidden by the <c>hidden</c> attribute, <c>aria-hidden</c> or an inline style: a reader never sees it.</summary>
    public static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    /// <summary>Chrome by its tag or by a weaker class word (<c>sidebar</c>, <c>meta</c>), unless the class also says it is content.</summary>
    public static bool IsChrome(IElement element)
    {
        if (IsClearlyChrome(element) || ChromeTags.Contains(element.LocalName))
        {
            return true;
        }

        var names = Names(element);
        return names.Length > 0 && (AlwaysWeakChrome().IsMatch(names) || (WeakChrome().IsMatch(names) && !Content().IsMatch(names)));
    }

    /// <summary>+1 for a class that names content, -1 for one that names chrome, 0 otherwise.</summary>
    public static int ClassWeight(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (Content().IsMatch(names))
        {
            weight++;
        }

        if (StrongChrome().IsMatch(names) || WeakChrome().IsMatch(names))
        {
            weight--;
        }

        return weight;
    }

    /// <summary>Whether the element's class names it as a caption, credit, dek or byline.</summary>
    public static bool HasClassWord(IElement element, Regex words) => Names(element) is { Length: > 0 } names && words.IsMatch(names);

    private static string Names(IElement element)
    {
        var id = element.Id;
        var classes = element.GetAttribute("class");
        return (id, classes) switch
        {
            (null or "", null or "") => "",
            (null or "", _) => classes!,
            (_, null or "") => id!,
            _ => id + " " + classes,
        };
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(
        @"(^|[\s_-])(share|shares|sharing|sharebar|social|socials|related|recommended|recommendations|recirc|comment|comments|disqus|"
        + @"newsletter|newsletters|subscribe|subscription|signup|cookie|cookies|consent|gdpr|cmp|advert|adverts|advertisement|"
        + @"advertising|ad|ads|adslot|adunit|dfp|gpt|sponsor|sponsored|promo|promotion|outbrain|taboola|paywall|breadcrumb|breadcrumbs|"
        + @"popup|modal|overlay|mostread|most-read|popular|trending|readmore|more-stories|tags|tag-list|topics|toolbar|tools|"
        + @"print|skip|cta|visually-hidden|sr-only|screen-reader-text|login|signin|masthead|banner|pagination|pager|jump|widget|rail)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongChrome();

    [GeneratedRegex(@"(^|[\s_-])(header|footer|nav|navbar|navigation|menu|sidebar|byline|author|authors|timestamp|date|meta|kicker|eyebrow)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysWeakChrome();

    [GeneratedRegex(@"(^|[\s_-])(foot|side|hidden|aside|extra|utility|links|info|caption|credit|bio)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakChrome();

    [GeneratedRegex(@"(^|[\s_-])(article|body|content|entry|main|post|story|text|prose|richtext|rich-text|copy)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Content();
}
