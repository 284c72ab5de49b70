using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace NewsSearch.Analysis;

/// <summary>
/// Indexes a whole value as one term, lower-cased and accent-folded, so filters such as
/// <c>source:"taiwan news"</c> match <c>Taiwan News</c> without tokenising publisher names.
/// </summary>
internal sealed class KeywordNormalizingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        TokenStream stream = new TrimFilter(LuceneDefaults.Version, tokenizer);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
