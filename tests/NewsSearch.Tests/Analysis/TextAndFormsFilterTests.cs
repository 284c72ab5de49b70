using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Tests.Analysis;

public sealed class TextAndFormsFilterTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "the",
        "Not guilty: the jury said no deal, and The Who raises crude.",
        "It is what it is. To be or not to be, that is the question of the",
        "Uyghur's UYGHURS Zürich's cafés running runs ran 9/11 AC/DC",
        "Words " + new string('x', 300) + " after a token too long to keep, and then",
        "新疆 棉花 and the Україна of it",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EnglishTextAnalyzer_AnyText_YieldsWhatStopThenPorterChainYields(string text)
    {
        using var analyzer = new EnglishTextAnalyzer();

        var expected = Tokens(StemmedChain(new StringReader(text)));
        var actual = Tokens(analyzer.GetTokenStream("body", text));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("The Who raises crude", "the+1 ~0:es+2 end+1")]
    [InlineData("It is", "it+1 is+1 end+0")]
    [InlineData("Uyghur's cafés running", "~0:s+2 ~0:ning+1 end+0")]
    public void ExactFormsAnalyzer_Text_YieldsStopWordsAndSuffixTokensAtTheTextPositions(string text, string expected)
    {
        using var analyzer = new ExactFormsAnalyzer();

        Assert.Equal(expected, string.Join(' ', Tokens(analyzer.GetTokenStream("body.forms", text))));
    }

    private static LimitTokenCountFilter StemmedChain(TextReader reader)
    {
        var tokenizer = EnglishTextAnalyzer.CreateTokenizer(reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, tokenizer);
        stream = new InvariantLowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new LimitTokenCountFilter(stream, LuceneDefaults.MaxTokensPerField);
    }

    /// <summary>Each token as "term+increment", then the end's increment as "end+N".</summary>
    private static List<string> Tokens(TokenStream stream)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var tokens = new List<string>();
            while (stream.IncrementToken())
            {
                tokens.Add($"{term}+{increment.PositionIncrement}");
            }

            stream.End();
            tokens.Add($"end+{increment.PositionIncrement}");
            return tokens;
        }
    }
}
