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
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneDefaults.Version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, tokenizer);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        stream = new LimitTokenCountFilter(stream, LuceneDefaults.MaxTokensPerField);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
