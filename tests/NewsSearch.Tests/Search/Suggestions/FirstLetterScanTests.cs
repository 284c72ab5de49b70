using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Search.Suggestions;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Search.Suggestions;

public sealed class FirstLetterScanTests
{
    [Fact]
    public void Neighbours_OverSeveralSegments_AreTheWordsAndCountsOfAFuzzyEnumeration()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path, new NewsIndexOptions { IndexingThreads = 1 }))
        {
            // Three commits: three segments, whose counts of one word must add up.
            foreach (var part in GeneratedArchive.Articles(1500, vocabulary: 3000).Chunk(500))
            {
                writer.UpsertAll(part);
                writer.Commit();
            }

            writer.Upsert(Articles.Any(id: "accents", body: "Zürich and Zurich, Genève and Geneva, kaloe's kalo-mi."));
        }

        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 3);
        Assert.True(FirstLetterScan.CanScan(reader, "body"));

        // Made-up words one and two edits from the index's own (kalo, mine, ruti …), a swap of
        // neighbours, words the index holds, and words with accents.
        string[] words = ["kalo", "klao", "kaloo", "mnei", "rutisa", "rtuisa", "sazeka", "zekalomi", "vozeti", "zurih", "geneve", "genf", "quba"];
        var compared = 0;
        foreach (var word in words)
        {
            foreach (var maxEdits in new[] { 1, 2 })
            {
                var scanned = FirstLetterScan.Neighbours(reader, "body", word, maxEdits, minLength: 3)
                    .Values.ToDictionary(c => c.Term, c => (c.Edits, c.DocFreq));
                var fuzzy = FuzzyNeighbours(reader, word, maxEdits);

                Assert.Equal(fuzzy.OrderBy(p => p.Key, StringComparer.Ordinal), scanned.OrderBy(p => p.Key, StringComparer.Ordinal));
                compared += scanned.Count;
            }
        }

        // The comparison is not over empty sets.
        Assert.True(compared > 50, $"only {compared} neighbours compared");
    }

    [Fact]
    public void Search_OneShotOnASegmentTooLargeToScan_SuggestsFromTheAutomata()
    {
        using var folder = new TempFolder();
        using (var writer = NewsIndexWriter.Open(folder.Path, new NewsIndexOptions { IndexingThreads = 1 }))
        {
            // 2,000 articles of 60 words from ten million: about 120,000 distinct words in one segment.
            writer.UpsertAll(GeneratedArchive.Articles(2000, vocabulary: 10_000_000, wordsPerArticle: 60));
            writer.Upsert(Articles.Any(id: "belgium", body: "Belgium's parliament backed subsidies for heat pumps."));
        }

        using (var directory = FSDirectory.Open(folder.Path))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.False(FirstLetterScan.CanScan(reader, "body"));
        }

        using var searcher = NewsSearcher.Open(folder.Path, new NewsSearcherOptions { FewSearches = true });
        Assert.Equal("Belgium", searcher.Search(new NewsQuery("Belguim")).DidYouMean);
    }

    /// <summary>What the suggester used before the scan: Lucene's fuzzy enumeration, prefix 1, with swaps.</summary>
    private static Dictionary<string, (int Edits, int DocFreq)> FuzzyNeighbours(IndexReader reader, string word, int maxEdits)
    {
        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, "body");
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term("body", word), maxEdits, prefixLength: 1, transpositions: true);
        while (fuzzy.MoveNext())
        {
            var text = fuzzy.Term.Utf8ToString();
            if (text.Length >= 3 && text.All(char.IsLetter))
            {
                found[text] = (EditDistance.Between(text, word), fuzzy.DocFreq);
            }
        }

        return found;
    }
}
