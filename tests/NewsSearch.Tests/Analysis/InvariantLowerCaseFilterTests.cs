using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Tests.Analysis;

public sealed class InvariantLowerCaseFilterTests
{
    [Theory]
    [InlineData("MARKET Market market")]
    [InlineData("ÀÉÎÕÜ Zürich ÇA")]
    [InlineData("ΣΑΣ ΟΔΥΣΣΕΥΣ")]
    [InlineData("İSTANBUL Istanbul ı")]
    [InlineData("STRASSE Straße ẞ")]
    [InlineData("ǅungla ǄUNGLA")]
    [InlineData("\U00010400\U00010401 deseret")]
    [InlineData("ＭＡＲＫＥＴ Ⅻ ⓐⒶ")]
    [InlineData("新疆 УЙГУР Україна")]
    public void IncrementToken_AnyText_SameTermsAsLuceneLowerCaseFilter(string text)
    {
        Assert.Equal(Terms(text, reader => new LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, new WhitespaceTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, reader))),
            Terms(text, reader => new InvariantLowerCaseFilter(new WhitespaceTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, reader))));
    }

    private static List<string> Terms(string text, Func<TextReader, TokenStream> create)
    {
        using var stream = create(new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
