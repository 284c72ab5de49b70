using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace NewsSearch.Analysis;

/// <summary>
/// The analysis chain for article text: Unicode word breaks, possessives stripped, lower case,
/// accents folded (Zürich = Zurich), English stop words removed and Porter stemming, so
/// <c>Uyghur's</c>, <c>Uyghurs</c> and <c>UYGHUR</c> all index as <c>uyghur</c>. At most
/// <see cref="LuceneDefaults.MaxTokensPerField"/> tokens a field.
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    /// <summary>
    /// The chain's tokenizer alone. The filters after it keep position increments (stop words leave
    /// a gap), so the n-th token it yields is at position n in the index: snippets map a matched
    /// position back to characters with it, without the cost of the whole chain.
    /// </summary>
    public static StandardTokenizer CreateTokenizer(TextReader reader) =>
        new(LuceneDefaults.Version, reader) { MaxTokenLength = 255 };

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // The words as written beside their stems, so the same pass can record the forms twin's
        // tokens while indexing (see TextAndFormsFilter); what it yields is the stemmed chain's
        // (stop words dropped, then Porter stems), as for a query.
        var tokenizer = CreateTokenizer(reader);
        var stream = TextAndFormsFilter.Create(tokenizer, EnglishAnalyzer.DefaultStopSet, yieldForms: false, LuceneDefaults.MaxTokensPerField);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
