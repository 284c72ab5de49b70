using System.Buffers;
using System.Text;

namespace NewsSearch.Highlighting;

/// <summary>
/// Han characters are indexed one by one, so a Chinese query word such as 新疆 becomes a phrase of
/// 新 and 疆. The search matches only where they stand together, but a highlighter working term by
/// term would also mark a lone 新 elsewhere (重新). When a field's highlight terms hold several
/// single Han characters, a Han match is kept only beside another match.
/// </summary>
internal static class HanRuns
{
    public static void KeepRuns<T>(List<T> matches, IReadOnlyCollection<string> terms, Func<T, int> start, Func<T, int> end, Func<T, string> term)
    {
        if (terms.Count(IsHanCharacter) < 2)
        {
            return;
        }

        var keep = new bool[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var isolated = IsHanCharacter(term(matches[i]))
                && (i == 0 || end(matches[i - 1]) != start(matches[i]))
                && (i == matches.Count - 1 || end(matches[i]) != start(matches[i + 1]));
            keep[i] = !isolated;
        }

        var index = 0;
        matches.RemoveAll(_ => !keep[index++]);
    }

    private static bool IsHanCharacter(string text) =>
        Rune.DecodeFromUtf16(text, out var rune, out var length) == OperationStatus.Done && length == text.Length
        && rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
