using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using NewsSearch.Indexing;

namespace NewsSearch.Analysis;

/// <summary>The per-field analysis of the schema, shared by indexing and query parsing so both agree.</summary>
internal static class NewsAnalyzer
{
    public static Analyzer Create()
    {
        var keyword = new KeywordNormalizingAnalyzer();
        var perField = new Dictionary<string, Analyzer>
        {
            [FieldNames.Id] = new KeywordAnalyzer(),
            [FieldNames.Url] = new KeywordAnalyzer(),
            [FieldNames.Source] = keyword,
            [FieldNames.Section] = keyword,
            [FieldNames.Tags] = keyword,
            [FieldNames.Language] = keyword,
        };
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(), perField);
    }
}
