using System.Globalization;

namespace NewsSearch.Analysis;

/// <summary>
/// What the forms twin of a text field (see <see cref="ExactFormsAnalyzer"/>) holds at a
/// position, so a quoted phrase can match the words as written: a stop word as itself, and a word
/// whose stem differs from it as a suffix token that rebuilds it from the stem in the text field at
/// the same position (<c>raises</c> = stem <c>rais</c> + <c>~0:es</c>). A word that is its own stem
/// leaves nothing there. Suffix tokens are few (a few hundred kinds), so their postings pack as
/// densely as the stop words' and the twin costs a fraction of a full unstemmed copy of the text.
/// </summary>
internal static class ExactForms
{
    /// <summary>Starts every suffix token; the tokenizer never yields it at the start of a word, so no stop word clashes.</summary>
    public const char SuffixMarker = '~';

    private const string FieldSuffix = ".forms";

    /// <summary>The forms twin of a text field.</summary>
    public static string FieldOf(string field) => field + FieldSuffix;

    public static bool IsFormsField(string field) => field.EndsWith(FieldSuffix, StringComparison.Ordinal);

    /// <summary>The token that rebuilds <paramref name="surface"/> from <paramref name="stem"/>: how many characters to drop from the stem's end, then what to append.</summary>
    public static string SuffixToken(ReadOnlySpan<char> surface, ReadOnlySpan<char> stem)
    {
        var common = surface.CommonPrefixLength(stem);
        return string.Create(CultureInfo.InvariantCulture, $"{SuffixMarker}{stem.Length - common}:{surface[common..]}");
    }

    /// <summary>Writes <see cref="SuffixToken"/> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static bool TryWriteSuffixToken(ReadOnlySpan<char> surface, ReadOnlySpan<char> stem, Span<char> destination, out int written)
    {
        var common = surface.CommonPrefixLength(stem);
        return destination.TryWrite(CultureInfo.InvariantCulture, $"{SuffixMarker}{stem.Length - common}:{surface[common..]}", out written);
    }

    /// <summary>The word a suffix token rebuilds from <paramref name="stem"/>, or null when the token is no suffix token or does not fit the stem.</summary>
    public static string? Rebuild(string stem, string token)
    {
        if (token.Length < 3 || token[0] != SuffixMarker)
        {
            return null;
        }

        var colon = token.IndexOf(':', 1);
        if (colon < 0 || !int.TryParse(token.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var drop) || drop > stem.Length)
        {
            return null;
        }

        return string.Concat(stem.AsSpan(0, stem.Length - drop), token.AsSpan(colon + 1));
    }
}
