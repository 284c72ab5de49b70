using NewsSearch.Highlighting;

namespace NewsSearch.Tests.Highlighting;

public class PositionOffsetsTests
{
    private const string Text = "The Uyghur's cousin and the cotton growers' union.";

    [Fact]
    public void TryMap_PositionsOfTheIndex_GiveTheWordsOffsets()
    {
        var matches = new List<TextMatch>();

        // Stop words keep their positions: the=0 uyghur=1 cousin=2 and=3 the=4 cotton=5 grower=6.
        var mapped = new PositionOffsets().TryMap("body", Text, [new(1, "uyghur"), new(5, "cotton"), new(6, "grower")], matches);

        Assert.True(mapped);
        Assert.Equal(["Uyghur's", "cotton", "growers"], matches.Select(m => Text[m.Start..m.End]));
    }

    [Fact]
    public void TryMap_TokenTheTokenizerDrops_StillCountsItsPosition()
    {
        var text = $"A {new string('x', 256)} cotton.";
        var matches = new List<TextMatch>();

        Assert.True(new PositionOffsets().TryMap("body", text, [new(2, "cotton")], matches));
        Assert.Equal("cotton", text[matches[0].Start..matches[0].End]);
    }

    [Theory]
    [InlineData(2, "uyghur")]
    [InlineData(40, "cotton")]
    public void TryMap_PositionsThatDoNotLineUp_AreRefusedForFullAnalysis(int position, string term)
    {
        Assert.False(new PositionOffsets().TryMap("body", Text, [new(position, term)], []));
    }

    [Fact]
    public void Snippet_TokenLongerThanTheTokenizerKeeps_DoesNotShiftTheHighlight()
    {
        // StandardTokenizer drops a token over 255 characters but counts its position.
        var longToken = new string('x', 256);
        using var index = new Support.MemoryIndex(Support.Articles.Any(id: "s", body: $"A {longToken} cotton."));

        var snippet = index.Search("cotton").Hits[0].Snippets[0];

        Assert.Equal($"A {longToken} [cotton].", snippet.Render("[", "]"));
    }
}
