using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Highlighting;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>
/// How articles write an indexed term: the index holds <c>uyghur</c> (lower case, stemmed), but a
/// suggestion should read <c>Uyghur</c>. A few articles holding the term have their stored text
/// analysed again to find its occurrences, and the most fitting spelling wins. This
/// costs a few stored-field reads, and only when a suggestion is made; an unstemmed shadow field
/// would cost index space on every article for the same answer.
/// </summary>
internal static class SurfaceForms
{
    /// <summary>Each document is a stored-text read, the dearest step of a suggestion; four already show the usual spelling.</summary>
    private const int MaxDocuments = 4;
    private const int MaxPerDocument = 3;

    /// <summary>How many of the term's first letters a run of the text must hold to be analysed.</summary>
    private const int PrefixLength = 3;

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
        var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(term), DocsFlags.NONE);
        if (postings is null)
        {
            return;
        }

        // The index keeps no offsets: the occurrences are found by analysing the stored text again.
        var terms = new FieldHighlightTerms();
        terms.Add(term);
        var matches = new List<TextMatch>();
        var fieldsToLoad = new HashSet<string> { field };
        for (var documents = 0; documents < MaxDocuments && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; documents++)
        {
            matches.Clear();
            foreach (var value in Values(reader, postings.DocID, field, fieldsToLoad))
            {
                var start = matches.Count;
                if (FindOccurrences(field, value, term, terms, MaxPerDocument - matches.Count, matches) > 0)
                {
                    foreach (var match in matches.Skip(start))
                    {
                        var form = WithoutPossessive(value[match.Start..match.End]);
                        counts[form] = counts.GetValueOrDefault(form) + 1;
                    }
                }

                if (matches.Count >= MaxPerDocument)
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Adds up to <paramref name="limit"/> occurrences of <paramref name="term"/> in <paramref name="value"/>.
    /// Analysing a whole article to find a rare word was most of a first-time suggestion's cost, so
    /// only the white-space-separated runs that contain the term's first letters are analysed (the
    /// tokenizer never joins words across white space, and stemming and folding keep a word's first
    /// letters in all but accented cases). When no run matches, as for a term folded from accents
    /// (muller from Müller), the whole value is analysed as before.
    /// </summary>
    private static int FindOccurrences(string field, string value, string term, FieldHighlightTerms terms, int limit, List<TextMatch> into)
    {
        var prefix = term.AsSpan(0, Math.Min(PrefixLength, term.Length));
        var found = 0;
        for (var from = 0; found < limit && from < value.Length;)
        {
            var hit = value.AsSpan(from).IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                break;
            }

            hit += from;
            var start = hit;
            while (start > 0 && !char.IsWhiteSpace(value[start - 1]))
            {
                start--;
            }

            var end = hit + prefix.Length;
            while (end < value.Length && !char.IsWhiteSpace(value[end]))
            {
                end++;
            }

            var first = into.Count;
            found += TokenMatches.Find(field, value[start..end], terms, limit - found, into);
            for (var i = first; i < into.Count; i++)
            {
                into[i] = into[i] with { Start = into[i].Start + start, End = into[i].End + start };
            }

            from = end;
        }

        return found > 0 ? found : TokenMatches.Find(field, value, terms, limit, into);
    }

    private static string WithoutPossessive(string form)
    {
        foreach (var possessive in (string[])["'s", "’s", "'", "’"])
        {
            if (form.EndsWith(possessive, StringComparison.OrdinalIgnoreCase) && form.Length > possessive.Length)
            {
                return form[..^possessive.Length];
            }
        }

        return form;
    }

    private static bool IsAllCapitals(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>The stored values of <paramref name="field"/>; the title is kept in doc values (see Indexing/ArticleTitle).</summary>
    private static string[] Values(IndexReader reader, int doc, string field, ISet<string> fieldsToLoad)
    {
        var values = reader.Document(doc, fieldsToLoad).GetValues(field, CultureInfo.InvariantCulture);
        return values.Length == 0 && field == FieldNames.Title && ArticleTitle.Read(reader, doc, null) is { } title ? [title] : values;
    }
}
