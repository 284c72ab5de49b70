using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Tests.Ingest.Readers.ScrapedText;

public sealed class CaptionCueTests
{
    private static readonly string Credit80 = "Tomas Reyes for the Harbour Gazette, from the deck of the night ferry at du".PadRight(80, 'x');

    [Theory]
    [InlineData("The ferry at dusk (AP Photo)", "The ferry at dusk")]
    [InlineData("The ferry at dusk (AP Photo)\n", "The ferry at dusk")]
    [InlineData("The ferry at dusk (Photo: Tomas Reyes)", "The ferry at dusk")]
    public void TryRead_CreditInParenthesesAtTheEnd_IsACaptionWithoutIt(string line, string bare)
    {
        Assert.True(CaptionCue.TryRead(line, out _, out var withoutCredit));
        Assert.Equal(bare, withoutCredit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void TryRead_CreditOfEightyCharactersAfterTheColon_IsACaption(string end)
    {
        Assert.True(CaptionCue.TryRead($"Deckhands at work. Photograph: {Credit80}{end}", out _, out var bare));
        Assert.Equal("Deckhands at work.", bare);
    }

    [Theory]
    [InlineData("Deckhands at work. Photograph: {0}x")]
    [InlineData("Deckhands at work. Photograph:")]
    [InlineData("The ferry will sail at night (the council said).")]
    [InlineData("The ferry will sail at night (the council said)")]
    [InlineData("The council approved a trial of night sailings on Tuesday: crews will be recruited in May.")]
    public void TryRead_ProseOrACreditTooLong_IsNotACaption(string line)
    {
        Assert.False(CaptionCue.TryRead(string.Format(System.Globalization.CultureInfo.InvariantCulture, line, Credit80), out _, out _));
    }
}
