using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Highlighting;

public class SnippetTests
{
    private const string LongBody =
        "The committee met on Monday to discuss the harbour budget for the coming year. Members argued about the cost of new pontoons and the timing of repairs. " +
        "Several residents spoke about noise from the shipyard, which has expanded twice since the last election. " +
        "Late in the evening, the chair announced that the Uyghur delegation from the sister city would visit in spring, a decision welcomed by the mayor. " +
        "The meeting closed with a vote on parking fees, which passed narrowly after a long debate about the waterfront and its many visitors.";

    [Fact]
    public void Snippet_HighlightsTheMatchedWordsWithRanges()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Council notes", body: "Cotton growers in Xinjiang met buyers."));

        var snippet = Assert.Single(index.Search("xinjiang cotton").Hits[0].Snippets);

        Assert.Equal("body", snippet.Field);
        Assert.Equal(["Cotton", "Xinjiang"], snippet.Highlights.Select(r => snippet.Text[r]));
        Assert.Equal("[Cotton] growers in [Xinjiang] met buyers.", snippet.Render("[", "]"));
    }

    [Fact]
    public void Snippet_InflectedForms_AreHighlightedAsWholeWords()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "The Uyghurs' lawyers and a Uyghur's cousin spoke."));

        var snippet = index.Search("uyghur").Hits[0].Snippets[0];

        Assert.Equal(["Uyghurs", "Uyghur's"], snippet.Highlights.Select(r => snippet.Text[r]));
    }

    [Fact]
    public void Snippet_LongBody_IsCutToAPassageAroundTheMatchAtWordBoundaries()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: LongBody));

        var snippet = index.Search("Uyghur").Hits[0].Snippets[0];

        Assert.True(snippet.Text.Length < LongBody.Length / 2 + 10, snippet.Text);
        Assert.StartsWith("…Late in the evening", snippet.Text, StringComparison.Ordinal);
        Assert.Contains(" ", snippet.Text, StringComparison.Ordinal);
        var words = LongBody.Split(' ');
        foreach (var piece in snippet.Text.Trim('…').Split(' '))
        {
            Assert.Contains(piece, words);
        }

        Assert.Equal("Uyghur", snippet.Text[snippet.Highlights[0]]);
    }

    [Fact]
    public void Snippet_FromCaption_NamesTheCaptionField()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Market day", body: "Stalls opened early.", captions: ["Traders in Kashgar (Meridian Wire photo)", "A second picture"]));

        var snippet = Assert.Single(index.Search("Kashgar").Hits[0].Snippets);

        Assert.Equal("captions", snippet.Field);
        Assert.Equal("Traders in [Kashgar] (Meridian Wire photo)", snippet.Render("[", "]"));
    }

    [Fact]
    public void Snippet_SecondCaption_OffsetsLineUp()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Market day", body: "Stalls opened early.", captions: ["First picture of the square", "Traders in Kashgar at dawn"]));

        var snippet = Assert.Single(index.Search("Kashgar").Hits[0].Snippets);

        Assert.Equal("Traders in [Kashgar] at dawn", snippet.Render("[", "]"));
    }

    [Fact]
    public void Snippet_OnlyTitleMatched_FallsBackToTheTitle()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", title: "Monsoon arrives early", body: "Rain fell on Monday."));

        var snippet = Assert.Single(index.Search("monsoon").Hits[0].Snippets);

        Assert.Equal("title", snippet.Field);
    }

    [Fact]
    public void Snippet_PrefixAndFuzzyTerms_AreHighlighted()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Shipments of cotton left Xinjiang."));

        Assert.Equal("Shipments of [cotton] left Xinjiang.", index.Search("cott*").Hits[0].Snippets[0].Render("[", "]"));
        Assert.Equal("Shipments of cotton left [Xinjiang].", index.Search("Xinjang~").Hits[0].Snippets[0].Render("[", "]"));
    }

    [Fact]
    public void Snippet_ExcludedWords_AreNotHighlighted()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Cotton and wheat prices rose."));

        var snippet = index.Search("cotton -barley").Hits[0].Snippets[0];

        Assert.Equal("[Cotton] and wheat prices rose.", snippet.Render("[", "]"));
    }

    [Fact]
    public void Search_HighlightOff_ReturnsNoSnippets()
    {
        using var index = new MemoryIndex(Articles.Any(id: "s", body: "Cotton prices rose."));

        Assert.Empty(index.Search(new NewsQuery("cotton") { Highlight = false }).Hits[0].Snippets);
    }

    [Fact]
    public void Render_WithEscape_EscapesTextButNotMarkers()
    {
        var snippet = new Snippet { Field = "body", Text = "<script> Xinjiang & co", Highlights = [new Range(9, 17)] };

        var html = snippet.Render("<b>", "</b>", System.Net.WebUtility.HtmlEncode);

        Assert.Equal("&lt;script&gt; <b>Xinjiang</b> &amp; co", html);
    }
}
