using System.Text.RegularExpressions;

namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// An image caption recognisable by its credit: <c>Text (AP Photo)</c>, <c>Text. Photograph: Name/Agency</c>,
/// <c>Photo: …</c>, <c>Credit: …</c>, <c>Text. Credit: Name</c> or <c>Image caption …</c>. Uncredited captions look like prose and are left alone.
/// </summary>
internal static partial class CaptionCue
{
    private const int MaxCaptionWords = 80;
    private const int MaxCreditAfterColon = 80;

    /// <param name="line">The line to read.</param>
    /// <param name="caption">The caption to keep, with its credit.</param>
    /// <param name="bare">The caption without its credit, as an image's alt text repeats it; null when the line is only a credit.</param>
    public static bool TryRead(string line, out string caption, out string? bare)
    {
        caption = line;
        bare = null;
        if (TextShape.WordCount(line) > MaxCaptionWords)
        {
            return false;
        }

        var labelled = Labelled().Match(line);
        if (labelled.Success)
        {
            caption = labelled.Groups["text"].Value;
            bare = CreditAtEnd().Match(caption) is { Success: true } inner && IsCredit(inner.Groups["credit"].Value)
                ? inner.Groups["bare"].Value
                : caption;
            return true;
        }

        if (CreditLine().IsMatch(line))
        {
            return true;
        }

        var credited = EndsWithParenthesis(line) ? CreditAtEnd().Match(line) : Match.Empty;
        if (credited.Success && IsCredit(credited.Groups["credit"].Value))
        {
            bare = credited.Groups["bare"].Value;
            return true;
        }

        var trailing = HasColonNearEnd(line) ? TrailingCredit().Match(line) : Match.Empty;
        if (trailing.Success)
        {
            bare = trailing.Groups["bare"].Value;
            return true;
        }

        return false;
    }

    // The two patterns that end in a credit are tried at every position of the line, which costs most on
    // the long paragraphs that never match; what they need at the end rules those out first. "$" also
    // matches before a final line break.
    private static bool EndsWithParenthesis(string line) => line.AsSpan().EndsWith(")") || line.AsSpan().EndsWith(")\n");

    // TrailingCredit ends in ":", white space, then 1-80 characters that are not ":" (its "{1,80}"), or 81
    // with a final line break; more white space after the colon only makes the match easier, never longer.
    private static bool HasColonNearEnd(string line)
    {
        var colon = line.LastIndexOf(':');
        return colon >= 0 && colon < line.Length - 1 && line.AsSpan(colon + 1).TrimStart().Length <= MaxCreditAfterColon + 1;
    }

    // "Headline (Photos)" announces a gallery; it does not credit a picture.
    private static bool IsCredit(string credit) =>
        !GalleryNote().IsMatch(credit) && (CreditWord().IsMatch(credit) || Agency().IsMatch(credit));

    [GeneratedRegex(@"^\s*(photos|pictures|images|gallery|slideshow|video|videos)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GalleryNote();

    [GeneratedRegex(@"^(image caption|caption)\s*[:：]?\s+(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(photo|photos|photograph|picture|image|credit|photo credit|image credit)\s*[:：]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?<bare>.*\S)\s*\((?<credit>[^()]{1,100})\)$")]
    private static partial Regex CreditAtEnd();

    [GeneratedRegex(@"^(?<bare>\S.*?)\s+(Photograph|Photo|Photos|Picture|Image|Illustration|Composite|Photo illustration|Credit|Photo credit|Image credit)\s*:\s*[^:]{1,80}$")]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(
        @"\b(photos?|photograph(s|er)?|images?|pictures?|pics?|credits?|file|courtesy|illustrations?|screenshot|screen ?grab|handout)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditWord();

    [GeneratedRegex(@"\b(AP|AFP|EPA|Reuters|REUTERS|Getty|Shutterstock|Alamy|Xinhua|Bloomberg)\b")]
    private static partial Regex Agency();
}
