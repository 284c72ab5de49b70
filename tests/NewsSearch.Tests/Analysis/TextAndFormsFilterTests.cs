using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Tests.Support;

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
    [MemberData(nameof(Texts))]
    public void Recording_AnyText_HoldsWhatExactFormsAnalyzerYields(string text)
    {
        using var analyzer = new EnglishTextAnalyzer();
        using var formsAnalyzer = new ExactFormsAnalyzer();
        var recording = new FormsRecording();

        var stream = analyzer.GetTokenStream("body", text);
        ((TextAndFormsFilter)stream).RecordInto(recording);
        Tokens(stream);

        Assert.True(recording.IsComplete);
        Assert.Equal(Tokens(formsAnalyzer.GetTokenStream("body.forms", text)), Tokens(FormsReplay.Of(recording)));
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

    [Fact]
    public void AddDocument_ArticleWithEveryTextField_IndexesEachFormsTwinFromTheRecording()
    {
        var article = Articles.Any(title: "The raises of the day", subtitle: "Not guilty", byline: "By the desk", dateline: "LONDON, March 3 -", body: "It was not a deal, and the Who said so.", captions: ["The first caption", "and the second one"]);
        var document = ArticleDocumentMapper.ToDocument(article);
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneDefaults.Version, NewsAnalyzer.Create()));

        writer.AddDocument(document);

        var twins = document.Fields.OfType<FormsTwinField>().ToList();
        Assert.Equal(7, twins.Count);
        Assert.All(twins, twin => Assert.True(twin.Replayed, $"{twin.Name} was analysed again"));
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
