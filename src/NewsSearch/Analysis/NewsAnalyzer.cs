using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using NewsSearch.Indexing;

namespace NewsSearch.Analysis;

/// <summary>The per-field analysis of the schema, shared by indexing and query parsing so both agree.</summary>
internal static class NewsAnalyzer
{
    private static readonly HashSet<string> KeywordFields = new(StringComparer.Ordinal)
    {
        FieldNames.Id, FieldNames.Url, FieldNames.Source, FieldNames.Section, FieldNames.Tags, FieldNames.Language,
    };

    /// <summary>Whether <paramref name="field"/> gets the English text analysis (every field but the keyword ones), so any two such fields analyse a text alike.</summary>
    public static bool IsEnglishText(string field) => !KeywordFields.Contains(field) && !ExactForms.IsFormsField(field);

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
        var forms = new ExactFormsAnalyzer();
        foreach (var field in FieldNames.DefaultSearchFields)
        {
            perField[ExactForms.FieldOf(field)] = forms;
        }

        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(), perField);
    }
}
