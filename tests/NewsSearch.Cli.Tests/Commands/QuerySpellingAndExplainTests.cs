using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class QuerySpellingAndExplainTests : IClassFixture<SpellingArchive>
{
    private readonly SpellingArchive _archive;

    public QuerySpellingAndExplainTests(SpellingArchive archive)
    {
        _archive = archive;
    }

    [Fact]
    public void Query_TransliterationVariant_FindsAndHighlightsTheOtherSpelling()
    {
        var result = Query("Uighur", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var hits = Hits(result);
        Assert.Equal(["s1", "s2"], hits.Select(Id).Order());
        var s1 = hits.Single(h => Id(h) == "s1");
        var snippet = s1.GetProperty("snippets")[0];
        var text = snippet.GetProperty("text").GetString()!;
        var range = snippet.GetProperty("highlights")[0];
        Assert.Equal("Uyghurs", text[range[0].GetInt32()..range[1].GetInt32()]);
        var notes = Notes(result);
        Assert.Equal("Uighur", notes.GetProperty("synonyms")[0].GetProperty("word").GetString());
    }

    [Fact]
    public void Query_TransliterationVariantAsText_SaysWhichSpellingsWereSearched()
    {
        var result = Query("Uighur");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Also searched: Uyghur for Uighur", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_NoSynonyms_SearchesOnlyTheSpellingTyped()
    {
        var result = Query("Kiev", "--no-synonyms");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Query_SynonymsFile_AddsGroups()
    {
        var file = _archive.File("local-synonyms.txt", "# our newsroom's words\ntram, streetcar\n");

        var result = Query("streetcars", "--synonyms", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["s3"], Hits(result).Select(Id));
    }

    [Fact]
    public void Query_MalformedSynonymsFile_ExitsTwoNamingTheLine()
    {
        var file = _archive.File("bad-synonyms.txt", "tram streetcar\n");

        var result = Query("tram", "--synonyms", file);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("newssearch: ", line, StringComparison.Ordinal);
        Assert.Contains("bad-synonyms.txt:1:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_Misspelt_PrintsDidYouMeanAndExitsOne()
    {
        // No time limit: a suggestion that runs out of time is silently left out, and a loaded test machine is slow.
        var result = Query("Ugyhur", "--timeout", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("Did you mean: Uyghur (2 articles)", result.ErrorLines);
    }

    [Fact]
    public void Query_TransliteratedNameNearASynonymEntry_SuggestsTheSpellingArticlesUseWithItsCount()
    {
        // Khadafy is two edits from both Khatami (three articles) and the list's Kadhafi; the
        // articles write Gaddafi, a variant of Kadhafi, so that is the name meant.
        // No time limit: a suggestion that runs out of time is silently left out, and a loaded test machine is slow.
        var result = Query("Khadafy", "--timeout", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Did you mean: Gaddafi (1 article)", result.ErrorLines);
    }

    [Fact]
    public void Query_MisspeltJson_PutsDidYouMeanInAJsonObjectOnStderr()
    {
        var result = Query("Ugyhur", "--json", "--timeout", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("Uyghur", Notes(result).GetProperty("didYouMean").GetString());
        Assert.Equal(2, Notes(result).GetProperty("didYouMeanHits").GetInt32());
    }

    [Fact]
    public void Query_ChineseWord_FindsOnlyTheArticleWithTheWord()
    {
        var result = Query("新疆", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var hit = Assert.Single(Hits(result));
        Assert.Equal("s4", Id(hit));
        Assert.Contains("<b>新疆</b>", hit.GetProperty("snippets")[0].GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Query_UnaccentedWord_FindsAccentedText() =>
        Assert.Equal(["s6"], Hits(Query("Zurich cafe", "--json")).Select(Id));

    [Fact]
    public void Query_Explain_ListsTheScorePartsUnderEachHit()
    {
        var result = Query("Xinjiang", "--explain");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, line => line.Trim().StartsWith("score ", StringComparison.Ordinal) && line.TrimEnd().EndsWith('='));
        Assert.Contains(result.OutputLines, line => line.Contains("body: 'Xinjiang'", StringComparison.Ordinal));
    }

    [Fact]
    public void Query_ExplainJson_AddsAnExplainObjectWhosePartsAddUp()
    {
        var result = Query("Uighur Xinjiang", "--explain", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var hit in Hits(result))
        {
            var explain = hit.GetProperty("explain");
            var parts = explain.GetProperty("parts").EnumerateArray().ToList();
            Assert.Equal(hit.GetProperty("score").GetDouble(), parts.Sum(p => p.GetProperty("score").GetDouble()), 2);
            Assert.Contains(parts, p => p.GetProperty("synonymOf").GetString() == "Uighur" && p.GetProperty("term").GetString() == "Uyghur");
            Assert.Contains(" = ", explain.GetProperty("summary").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Query_WithoutExplain_HasNoExplainProperty() =>
        Assert.All(Hits(Query("Xinjiang", "--json")), hit => Assert.False(hit.TryGetProperty("explain", out _)));

    private static List<JsonElement> Hits(CliResult result) =>
        result.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();

    private static JsonElement Notes(CliResult result) =>
        JsonDocument.Parse(Assert.Single(result.ErrorLines, line => line.StartsWith('{'))).RootElement;

    private static string? Id(JsonElement hit) => hit.GetProperty("id").GetString();

    private CliResult Query(params string[] arguments) =>
        CliRunner.Run(["query", .. arguments, "--index", _archive.Index]);
}
