using NewsSearch.Ingest;

namespace NewsSearch.Tests.Ingest;

public sealed class TextCleanupTests
{
    [Fact]
    public void HasCharNotInCleanBody_EveryCharacter_AgreesWithTheDefinitionOfCleanBodyText()
    {
        // Clean body text holds no control but the line feed, and none of the characters Clean maps or drops.
        for (var c = char.MinValue; ; c++)
        {
            var notClean = c != '\n' && (char.IsControl(c) || c is '\u00a0' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\ufffd');
            Assert.True(notClean == TextCleanup.HasCharNotInCleanBody([c]), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Theory]
    [InlineData("First paragraph.\n\nSecond, with a line\nbreak.", "First paragraph.\n\nSecond, with a line\nbreak.")]
    [InlineData("Tab\tand\u00a0no-break\u2028line", "Tab and no-break\nline")]
    [InlineData("Bell\u0007 and C1\u0085 gone", "Bell and C1 gone")]
    public void Body_TextWithOrWithoutCharactersToClean_ComesOutClean(string text, string expected)
    {
        Assert.Equal(expected, TextCleanup.Body(text));
    }
}
