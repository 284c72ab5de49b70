using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// How articles write an indexed term: the index holds <c>uyghur</c> (lower case, stemmed), but a
/// suggestion should read <c>Uyghur</c>. The postings keep each occurrence's character offsets,
/// so a few occurrences are cut out of the stored text and the most fitting spelling wins. This
/// costs a few stored-field reads, and only when a suggestion is made; an unstemmed shadow field
/// would cost index space on every article for the same answer.
/// </summary>
internal static class SurfaceForms
{
    private const int MaxDocuments = 12;
    private const int MaxPerDocument = 3;

    /// <summary>Fields to read forms from, best first: body text is in sentence case, headlines often in title case or capitals.</summary>
    private static readonly string[] Fields = [FieldNames.Body, FieldNames.Captions, FieldNames.Subtitle, FieldNames.Title];

    /// <summary>
    /// The spelling of <paramref name="term"/> that is closest to what the user typed, the most
    /// frequent among equals; null when no occurrence can be read.
    /// </summary>
    public static string? Best(IndexReader reader, string term, string typed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            Collect(reader, field, term, counts);
            if (counts.Count > 0)
            {
                break;
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var lowerTyped = typed.ToLowerInvariant();
        return counts
            .OrderBy(pair => EditDistance.Between(pair.Key.ToLowerInvariant(), lowerTyped))
            .ThenBy(pair => IsAllCapitals(pair.Key) ? 1 : 0)
            .ThenByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private static void Collect(IndexReader reader, string field, string term, Dictionary<string, int> counts)
    {
        var postings = MultiFields.GetTermPositionsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(term), DocsAndPositionsFlags.OFFSETS);
        if (postings is null)
        {
            return;
        }

        var fieldsToLoad = new HashSet<string> { field };
        for (var documents = 0; documents < MaxDocuments && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; documents++)
        {
            var values = reader.Document(postings.DocID, fieldsToLoad).GetValues(field, CultureInfo.InvariantCulture);
            for (var i = Math.Min(postings.Freq, MaxPerDocument); i > 0; i--)
            {
                postings.NextPosition();
                if (Cut(values, postings.StartOffset, postings.EndOffset) is { } form)
                {
                    counts[form] = counts.GetValueOrDefault(form) + 1;
                }
            }
        }
    }

    /// <summary>The text between two offsets of a (possibly multi-valued) field, without a possessive.</summary>
    private static string? Cut(string[] values, int start, int end)
    {
        // Values of a multi-valued field follow each other in offsets with a gap of one (Analyzer.GetOffsetGap).
        var valueStart = 0;
        foreach (var value in values)
        {
            if (start >= valueStart && end <= valueStart + value.Length && end > start)
            {
                var form = value[(start - valueStart)..(end - valueStart)];
                foreach (var possessive in (string[])["'s", "’s", "'", "’"])
                {
                    if (form.EndsWith(possessive, StringComparison.OrdinalIgnoreCase) && form.Length > possessive.Length)
                    {
                        form = form[..^possessive.Length];
                        break;
                    }
                }

                return form;
            }

            valueStart += value.Length + 1;
        }

        return null;
    }

    private static bool IsAllCapitals(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
