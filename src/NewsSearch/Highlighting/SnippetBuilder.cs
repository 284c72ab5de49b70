using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Highlighting;

/// <summary>
/// Builds snippets from the offsets stored in the postings: no re-analysis of the article, and a
/// highlight always covers whole tokens, so it never breaks a word. Passages are cut at sentence
/// or word boundaries and scored by how many distinct query words they hold.
/// </summary>
internal static class SnippetBuilder
{
    private const int TargetLength = 240;
    private const string Ellipsis = "…";

    /// <summary>Text fields are joined with this gap in offsets (Analyzer.GetOffsetGap's default).</summary>
    private const int OffsetGap = 1;

    public static IReadOnlyList<Snippet> Build(IndexSearcher searcher, int docId, HighlightTerms terms, int maxSnippets)
    {
        if (maxSnippets <= 0)
        {
            return [];
        }

        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var localDoc = docId - leaf.DocBase;
        var fields = FieldNames.SnippetFields.Where(f => terms.For(f).Count > 0).ToList();
        if (fields.Count == 0)
        {
            return [];
        }

        var document = searcher.Doc(docId, new HashSet<string>(fields));
        var candidates = new List<(Snippet Snippet, int Score, int FieldRank)>();
        foreach (var field in fields)
        {
            var matches = Matches(leaf.AtomicReader, localDoc, field, terms.For(field));
            if (matches.Count == 0)
            {
                continue;
            }

            var rank = FieldNames.SnippetFields.IndexOf(field);
            var values = document.GetValues(field, CultureInfo.InvariantCulture);
            var valueStart = 0;
            foreach (var value in values)
            {
                var inValue = matches
                    .Where(m => m.Start >= valueStart && m.End <= valueStart + value.Length)
                    .Select(m => new Match(m.Start - valueStart, m.End - valueStart, m.Term))
                    .ToList();
                if (inValue.Count > 0)
                {
                    foreach (var (snippet, score) in Passages(field, value, inValue))
                    {
                        candidates.Add((snippet, score, rank));
                    }
                }

                valueStart += value.Length + OffsetGap;
            }
        }

        // The title is on every result row already: show it only when nothing else matched.
        var nonTitle = candidates.Where(c => c.Snippet.Field != FieldNames.Title).ToList();
        var pool = nonTitle.Count > 0 ? nonTitle : candidates;
        return pool
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.FieldRank)
            .Take(maxSnippets)
            .Select(c => c.Snippet)
            .ToList();
    }

    private static List<Match> Matches(AtomicReader reader, int doc, string field, IReadOnlyCollection<string> fieldTerms)
    {
        var matches = new List<Match>();
        var terms = reader.GetTerms(field);
        if (terms is null || !terms.HasOffsets)
        {
            return matches;
        }

        var termsEnum = terms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        foreach (var text in fieldTerms)
        {
            if (!termsEnum.SeekExact(new BytesRef(text)))
            {
                continue;
            }

            postings = termsEnum.DocsAndPositions(reader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(doc) != doc)
            {
                continue;
            }

            for (var i = postings.Freq; i > 0; i--)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0 && postings.EndOffset > postings.StartOffset)
                {
                    matches.Add(new Match(postings.StartOffset, postings.EndOffset, text));
                }
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        HanRuns.KeepRuns(matches, fieldTerms, m => m.Start, m => m.End, m => m.Term);
        return matches;
    }

    private static IEnumerable<(Snippet Snippet, int Score)> Passages(string field, string text, List<Match> matches)
    {
        if (text.Length <= TargetLength + 40)
        {
            yield return (Make(field, text, 0, text.Length, matches), Score(matches));
            yield break;
        }

        // Candidate windows start at each sentence holding a match; the best is the one covering most distinct words.
        var used = new List<(int Start, int End)>();
        var windows = matches
            .Select(m => Window(text, m.Start))
            .Distinct()
            .Select(w => (w.Start, w.End, Inside: matches.Where(m => m.Start >= w.Start && m.End <= w.End).ToList()))
            .OrderByDescending(w => Score(w.Inside))
            .ThenBy(w => w.Start);
        foreach (var (start, end, inside) in windows)
        {
            if (used.Any(u => start < u.End && end > u.Start))
            {
                continue;
            }

            used.Add((start, end));
            yield return (Make(field, text, start, end, inside), Score(inside));
        }
    }

    private static int Score(List<Match> matches) =>
        (matches.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count() * 100) + matches.Count;

    /// <summary>A window of about TargetLength characters starting at the sentence that holds <paramref name="offset"/>.</summary>
    private static (int Start, int End) Window(string text, int offset)
    {
        var start = SentenceStart(text, offset);
        if (offset - start > TargetLength / 2)
        {
            // A long sentence: start a few words before the match instead.
            start = WordStart(text, Math.Max(0, offset - 60));
        }

        var end = Math.Min(text.Length, start + TargetLength);
        if (end < text.Length)
        {
            var sentenceEnd = SentenceEnd(text, start + (TargetLength / 2), end);
            end = sentenceEnd > 0 ? sentenceEnd : WordEnd(text, end);
        }

        return (start, end);
    }

    private static int SentenceStart(string text, int offset)
    {
        for (var i = offset - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?' or '"' or '”'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int from, int limit)
    {
        for (var i = Math.Min(limit, text.Length) - 1; i >= from; i--)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int WordStart(string text, int offset)
    {
        while (offset > 0 && !char.IsWhiteSpace(text[offset - 1]))
        {
            offset--;
        }

        return offset;
    }

    private static int WordEnd(string text, int offset)
    {
        while (offset < text.Length && !char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return offset;
    }

    private static Snippet Make(string field, string text, int start, int end, List<Match> matches)
    {
        var prefix = start > 0 ? Ellipsis : "";
        var suffix = end < text.Length ? Ellipsis : "";

        // Paragraph breaks and runs of spaces become one space; map offsets so ranges still fit.
        var builder = new System.Text.StringBuilder(prefix, end - start + 2);
        var map = new int[end - start + 1];
        for (var i = start; i < end; i++)
        {
            map[i - start] = builder.Length;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > prefix.Length && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        map[end - start] = builder.Length;
        var ranges = new List<Range>();
        var last = -1;
        foreach (var match in matches)
        {
            if (match.Start < start || match.End > end || match.Start < last)
            {
                continue;
            }

            // Han characters are indexed one by one: 新 and 疆 side by side read as one highlight, 新疆.
            if (match.Start == last && ranges.Count > 0)
            {
                ranges[^1] = new Range(ranges[^1].Start, map[match.End - start]);
            }
            else
            {
                ranges.Add(new Range(map[match.Start - start], map[match.End - start]));
            }

            last = match.End;
        }

        return new Snippet { Field = field, Text = builder.Append(suffix).ToString(), Highlights = ranges };
    }

    private readonly record struct Match(int Start, int End, string Term);
}
