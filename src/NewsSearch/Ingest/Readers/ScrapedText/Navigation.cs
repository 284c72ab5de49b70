using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>Site navigation that scrapers keep: bullet links, menus, breadcrumbs and menu words.</summary>
internal static partial class Navigation
{
    private const string Bullets = "•·▪»|›■►◦‣●◆";
    private const int MaxLabelWords = 4;
    private const int MaxLabelLength = 40;
    private const int MaxMenuItemWords = 3;

    /// <summary>A line that opens with a bullet or pipe, as link lists and menus are scraped.</summary>
    public static bool StartsWithBullet(string line) => line.Length > 0 && Bullets.Contains(line[0], StringComparison.Ordinal);

    /// <summary>
    /// Three or more short items split by <c>|</c>, <c>&gt;</c>, <c>›</c>, <c>»</c>, <c>/</c> or a bullet, unless the items
    /// are a byline's (<c>By Jane Doe | Reuters | March 3, 2019</c>) or a date stamp's (<c>March 3, 2020 / 5:42 PM / Updated</c>).
    /// </summary>
    public static bool IsMenu(string line)
    {
        var items = MenuSeparator().Split(line);
        return items.Length >= 3 && items.All(IsLabel)
            && BylineCue.TryRead(line) is null && !PublishedDateCue.TryRead(line, out _, out _, out _);
    }

    /// <summary>Words that label site chrome, never a headline.</summary>
    public static bool IsMenuWord(string line) => MenuWord().IsMatch(line);

    /// <summary>A few words with no sentence punctuation: a link or menu item.</summary>
    public static bool IsLabel(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= MaxLabelLength
            && TextShape.WordCount(trimmed) <= MaxLabelWords
            && !TextShape.EndsSentence(trimmed);
    }

    /// <summary>
    /// A menu item above the headline: one to three plain capitalised words ("World", "Middle East"), no digits
    /// or brackets, which sports fixtures ("Tuesday, 1 March", "Leeds v Saracens (Fri)") and headlines have.
    /// </summary>
    public static bool IsMenuItem(string line) => MenuItem().IsMatch(line) && TextShape.WordCount(line) <= MaxMenuItemWords;

    /// <summary>A bullet or pipe line whose text is only a label: a link, not a bulleted point of the story.</summary>
    public static bool IsBulletLink(string line) => StartsWithBullet(line) && IsLabel(line.TrimStart(Bullets.ToCharArray()));

    /// <summary>Navigation wherever it appears: a bullet link or a menu.</summary>
    public static bool IsNavigation(string line) => IsBulletLink(line) || IsMenu(line);

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}&'’.\- ]{0,30}$")]
    private static partial Regex MenuItem();

    [GeneratedRegex(@"\s+[|>›»/·•]\s+")]
    private static partial Regex MenuSeparator();

    [GeneratedRegex(
        @"^(home|menu|search|sections?|skip to (main )?content|skip navigation|sign in|log ?in|log out|register|my account|"
        + @"close|toggle navigation|main menu|navigation|newsletters?|subscribe|latest|latest news|breaking news|live|video|"
        + @"watch|listen|more|open menu|edition|top)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MenuWord();
}
