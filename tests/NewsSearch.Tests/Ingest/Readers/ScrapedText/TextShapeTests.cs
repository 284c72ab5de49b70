using NewsSearch.Ingest.Readers.ScrapedText;

namespace NewsSearch.Tests.Ingest.Readers.ScrapedText;

public sealed class TextShapeTests
{
    [Theory]
    [InlineData("Night ferry approved", "NIGHT FERRY APPROVED", true)]
    [InlineData("  Night   ferry\n approved!? ", "NIGHT FERRY APPROVED", true)]
    [InlineData("‘Night’ ferry approved.", "'NIGHT' FERRY APPROVED", true)]
    [InlineData("Night ferry approved again", "NIGHT FERRY APPROVED", false)]
    [InlineData("Night ferry", "NIGHT FERRY APPROVED", false)]
    [InlineData("...", "", true)]
    [InlineData("", "", true)]
    [InlineData("a", "", false)]
    public void HasComparable_Lines_AgreeWithComparingTheComparableForm(string text, string key, bool expected)
    {
        Assert.Equal(expected, TextShape.HasComparable(text, key));
        Assert.Equal(expected, TextShape.Comparable(text) == key);
    }

    [Fact]
    public void HasComparable_RandomLinesAndKeys_AgreesWithComparable()
    {
        // Letters in both cases, white space of several kinds, the trimmed punctuation and the mapped quotes,
        // so that keys match often and differ in every way Comparable can make or hide a difference.
        const string Alphabet = "abAB .,;:!?\t\n\u00A0\u2003’‘`“”\"'-";
        var random = new Random(20261207);
        string Line(int length) => new([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        var matches = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = Line(random.Next(0, 12));
            var key = random.Next(3) switch
            {
                0 => TextShape.Comparable(text),
                1 => TextShape.Comparable(text + Line(random.Next(0, 3))),
                _ => TextShape.Comparable(Line(random.Next(0, 12))),
            };

            var expected = TextShape.Comparable(text) == key;
            Assert.True(expected == TextShape.HasComparable(text, key), $"'{text}' against '{key}'");
            matches += expected ? 1 : 0;
        }

        Assert.True(matches > 5_000, $"{matches} of the pairs matched");
    }
}
