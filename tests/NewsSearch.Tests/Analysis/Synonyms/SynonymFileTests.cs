using NewsSearch.Analysis.Synonyms;

namespace NewsSearch.Tests.Analysis.Synonyms;

public sealed class SynonymFileTests
{
    [Fact]
    public void Parse_GroupsCommentsAndMultiWordEntries_ReadsEachGroup()
    {
        var text = """
            # transliterations
            Uyghur, Uighur ,Uigur   # trailing comment

            Ho Chi  Minh City, Saigon
            """;

        var groups = SynonymFile.Parse(new StringReader(text), "test.txt");

        Assert.Equal(2, groups.Count);
        Assert.Equal(["Uyghur", "Uighur", "Uigur"], groups[0]);
        Assert.Equal(["Ho Chi Minh City", "Saigon"], groups[1]);
    }

    [Fact]
    public void Parse_LineWithOneEntry_FailsNamingFileAndLine()
    {
        var exception = Assert.Throws<NewsSearchException>(() => SynonymFile.Parse(new StringReader("Kyiv, Kiev\nNavalny Navalnyy\n"), "mine.txt"));

        Assert.StartsWith("mine.txt:2: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_FailsWithOneLineMessage()
    {
        var exception = Assert.Throws<NewsSearchException>(() => SynonymFile.Read(Path.Combine(Path.GetTempPath(), "no-such-synonyms.txt")));

        Assert.Contains("no-such-synonyms.txt", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_HasAtLeastFortyGroups_WithTheWellKnownVariants()
    {
        var groups = SynonymFile.Default;

        Assert.True(groups.Count >= 40, $"{groups.Count} groups");
        Assert.Contains(groups, g => g.Contains("Uyghur") && g.Contains("Uighur") && g.Contains("Uigur"));
        Assert.Contains(groups, g => g.Contains("Xinjiang") && g.Contains("Sinkiang"));
        Assert.Contains(groups, g => g.Contains("Kyiv") && g.Contains("Kiev"));
        Assert.Contains(groups, g => g.Contains("Gaddafi") && g.Contains("Qaddafi") && g.Contains("Kadhafi"));
        Assert.Contains(groups, g => g.Contains("Ho Chi Minh City") && g.Contains("Saigon"));
        Assert.All(groups, g => Assert.True(g.Count >= 2));
    }
}
