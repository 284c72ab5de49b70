using System.Text;
using System.Text.RegularExpressions;
using NewsSearch.Ingest.Readers.Html;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest.Readers.Html;

/// <summary>The hand-written tag scan against the pattern it replaced, which defines what a tag is.</summary>
public sealed partial class MarkupDepthTests
{
    [Fact]
    public void TryNextTag_RandomMarkup_FindsExactlyThePatternsMatches()
    {
        // Strings made of the characters that decide a match: brackets, slashes, name characters and white space of several kinds.
        const string alphabet = "<<>>//aZ9-_ \t\n\u00A0\u2003x=\"'!";
        var random = new Random(20261206);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 40); i > 0; i--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertSameTags(text.ToString());
        }
    }

    [Fact]
    public void Exceeds_DeepAndShallowPages_CountOnlyElementsThatMustBeClosed()
    {
        var deep = string.Concat(Enumerable.Repeat("<div class='x'>", 2_001)) + "text";
        var unclosedParagraphs = string.Concat(Enumerable.Repeat("<p>para", 5_000));
        var selfClosed = string.Concat(Enumerable.Repeat("<span/>", 5_000));

        Assert.True(MarkupDepth.Exceeds(deep, 2_000));
        Assert.False(MarkupDepth.Exceeds(deep, 2_001));
        Assert.False(MarkupDepth.Exceeds(unclosedParagraphs, 10));
        Assert.False(MarkupDepth.Exceeds(selfClosed, 10));
        Assert.False(MarkupDepth.Exceeds(string.Concat(Enumerable.Repeat("<div>a</div>", 5_000)), 1));
    }

    [SharedDataFact]
    public void TryNextTag_ReadabilityTestPages_FindsExactlyThePatternsMatches()
    {
        foreach (var (page, html) in ReadabilityEvaluation.SourcePages())
        {

            AssertSameTags(html);
        }
    }

    private static void AssertSameTags(string html)
    {
        var expected = Tag().Matches(html).Select(m => (m.Index, m.Length, m.Groups["name"].Value)).ToList();
        var found = new List<(int, int, string)>();
        for (var at = 0; MarkupDepth.TryNextTag(html, ref at, out var tag, out var name);)
        {
            found.Add((at - tag.Length, tag.Length, name.ToString()));
        }

        Assert.True(expected.SequenceEqual(found), $"tags differ in {html.Length} characters starting \"{html[..Math.Min(60, html.Length)]}\"");
    }

    [GeneratedRegex(@"</?(?<name>[A-Za-z][A-Za-z0-9\-]*)(\s[^<>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
