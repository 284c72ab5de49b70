using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// Page furniture that is never article text. Patterns match whole lines and stay narrow, because
/// dropping a real sentence costs more than keeping a stray prompt.
/// </summary>
internal static partial class Boilerplate
{
    private const int MaxPromptWords = 15;
    private const int MaxCookieWords = 60;

    public static bool IsBoilerplate(string line)
    {
        if (Furniture().IsMatch(line) || Lead().IsMatch(line) || IsRelatedHeading(line))
        {
            return true;
        }

        var words = TextShape.WordCount(line);
        if (words <= MaxPromptWords && (SignUp().IsMatch(line) || ShareButtons().IsMatch(line)))
        {
            return true;
        }

        return words <= MaxCookieWords && Cookies().IsMatch(line);
    }

    /// <summary>A heading after which a page lists other stories rather than this one.</summary>
    public static bool IsRelatedHeading(string line) => RelatedHeading().IsMatch(line);

    [GeneratedRegex(
        @"^(advertisement|advert|ad|sponsored( content)?|ad feedback|story continues below( advertisement)?|continue reading( below| the main story)?|"
        + @"scroll to continue( with content)?|share this( article| story| page| post| with)?|share (on|via) \w+|\d+ min(ute)?s? read|this article is more than \d+ (years?|months?|days?) old|"
        + @"skip to (main )?content|back to top|comments?|\d+ comments?|(view|show|load) comments|print this (page|article|story)|"
        + @"email this (page|article|story)|all rights reserved|media playback is unsupported on your device|"
        + @"listen to (this|the) (article|story)|follow us( on [\w ]{1,40})?|click here( to [\w ]{1,60})?|"
        + @"image copyright .{0,80}|copyright (©|\(c\)|\d{4}).{0,80}|© ?(\d{4}|copyright).{0,80}|"
        + @"already (a subscriber|subscribed|have an account)\W*(log ?in|sign ?in)?( here)?|(log ?in|sign ?in)( to (continue|read|comment))?|"
        + @"the post .{1,200} appeared first on .{1,80})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    // Lead-ins that point to other pages, with or without the linked headline after them.
    [GeneratedRegex(
        @"^(read more|read next|related|see also|also read|more on this|watch|listen)\s*[:»›>–—-]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(
        @"^(related( stories| articles| coverage| content| news| links| topics| posts| reading)?|more on this( story| topic)?|"
        + @"more (stories|news) from .{1,40}|more stories|read more|read next|you (may|might) also (like|be interested in)|"
        + @"recommended( for you| stories| reading)?|most (read|popular|viewed|shared)|top stories|trending( now| stories)?|"
        + @"further reading|see also)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(
        @"^(sign up|subscribe)\b(\W*$|.*\b(newsletters?|e-?mails?|inbox|updates|alerts|briefings?|free|today|now|here)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUp();

    [GeneratedRegex(
        @"^((share|tweet|email|e-mail|print|save|copy link|link copied|copied|link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger)[\s|,·•/]*)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareButtons();

    [GeneratedRegex(
        @"^(we use cookies|this (web ?)?site uses cookies|we and our partners use cookies|by (continuing to (use|browse)|using) (this|our) (web ?)?site|"
        + @"(accept|reject|allow|manage)( all)? cookies|cookie (settings|policy|preferences|notice|consent))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cookies();
}
