using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;

namespace NewsSearch.Analysis;

/// <summary>
/// The analysis chain for article text: Unicode word breaks, possessives stripped, lower case,
/// accents folded (Zürich = Zurich), English stop words removed and Porter stemming, so
/// <c>Uyghur's</c>, <c>Uyghurs</c> and <c>UYGHUR</c> all index as <c>uyghur</c>.
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
        var tokenizer = CreateTokenizer(reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, tokenizer);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        stream = new LimitTokenCountFilter(stream, LuceneDefaults.MaxTokensPerField);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
