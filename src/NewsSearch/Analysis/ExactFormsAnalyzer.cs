using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;

namespace NewsSearch.Analysis;

/// <summary>
/// The analysis of a text field's forms twin (see <see cref="ExactForms"/>): the same tokenizer,
/// possessive, case and accent folding as <see cref="EnglishTextAnalyzer"/>, so positions agree,
/// then each word as written beside its stem, reduced to what the stemmed field lacks.
/// </summary>
internal sealed class ExactFormsAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = EnglishTextAnalyzer.CreateTokenizer(reader);
        var stream = TextAndFormsFilter.Create(tokenizer, EnglishAnalyzer.DefaultStopSet, yieldForms: true, LuceneDefaults.MaxTokensPerField);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Each word as written (lower case, accents folded, possessive dropped, keyword-marked), followed by its Porter stem at the same position.</summary>
    public static TokenStream WrittenWords(Tokenizer tokenizer) => new PorterStemFilter(new KeywordRepeatFilter(FoldedWords(tokenizer)));

    /// <summary>Each word as the text fields compare it: possessive dropped, lower case, accents folded.</summary>
    public static TokenStream FoldedWords(Tokenizer tokenizer)
    {
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, tokenizer);
        stream = new InvariantLowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }
}
