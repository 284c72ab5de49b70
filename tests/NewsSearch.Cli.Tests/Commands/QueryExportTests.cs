using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Commands;

public sealed class QueryExportTests : IClassFixture<IndexedArchive>
{
    private readonly string _index;

    public QueryExportTests(IndexedArchive archive)
    {
        _index = archive.Index;
    }

    [Fact]
    public void Query_Csv_WritesAHeaderAndOneRfc4180RecordPerHit()
    {
        var result = CliRunner.Run("query", "ferry", "--csv", "--sort", "oldest", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var records = ParseCsv(result.Output);
        Assert.Equal(["rank", "id", "score", "published", "source", "title", "byline", "url", "snippet"], records[0]);
        Assert.Equal(3, records.Count - 1);
        var strike = records[1];
        Assert.Equal(["1", "a1"], strike.Take(2));
        Assert.Equal("2019-05-01T00:00:00Z", strike[3]);
        Assert.Equal("Harbour ferry strike ends after two weeks", strike[5]);
        Assert.Contains("erry", strike[8], StringComparison.Ordinal);
        Assert.EndsWith("\r\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 articles match \"ferry\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_CsvValueWithCommaOrQuote_IsQuotedWithQuotesDoubled()
    {
        using var folder = new TempFolder();
        folder.File("in.jsonl", """{"id":"q1","title":"Mayor says \"no\", then yes","source":"Coast, Inc.","body":"The mayor changed her mind about the pier."}""" + "\n");
        Assert.Equal(0, CliRunner.Run("index", folder.Combine("in.jsonl"), "--index", folder.Index).ExitCode);

        var result = CliRunner.Run("query", "pier", "--csv", "--index", folder.Index);

        Assert.Contains("\"Coast, Inc.\",\"Mayor says \"\"no\"\", then yes\"", result.Output, StringComparison.Ordinal);
        Assert.Equal("Mayor says \"no\", then yes", ParseCsv(result.Output)[1][5]);
    }

    [Fact]
    public void Query_CsvNothingFound_WritesTheHeaderAndExitsOne()
    {
        var result = CliRunner.Run("query", "nonexistentword", "--csv", "--index", _index);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("rank,id,score,published,source,title,byline,url,snippet\r\n", result.Output);
    }

    [Fact]
    public void Query_CsvFields_AddsArticleColumnsWithListsJoined()
    {
        var result = CliRunner.Run("query", "zebrafinch", "--csv", "--fields", "section,tags", "--fields", "dateline", "--index", _index);

        var records = ParseCsv(result.Output);
        Assert.Equal(["dateline", "section", "tags"], records[0].Skip(9));
        Assert.Equal(["PORTSMOUTH", "local", "transport; labour"], records[1].Skip(9));
    }

    [Fact]
    public void Query_JsonFieldsAll_AddsEveryArticleField()
    {
        var result = CliRunner.Run("query", "zebrafinch", "--json", "--fields", "all", "--index", _index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var hit = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.Equal("PORTSMOUTH", hit.GetProperty("dateline").GetString());
        Assert.Equal("local", hit.GetProperty("section").GetString());
        Assert.Equal(["transport", "labour"], hit.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Crews at the terminal (Harbour Gazette photo)"], hit.GetProperty("captions").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("en", hit.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("subtitle").ValueKind);
        Assert.StartsWith("Ferry crews returned", hit.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Query_JsonWithoutFields_KeepsTheCheapDocValueKeysOnly()
    {
        var result = CliRunner.Run("query", "zebrafinch", "--json", "--index", _index);

        var hit = JsonDocument.Parse(Assert.Single(result.OutputLines)).RootElement;
        Assert.False(hit.TryGetProperty("section", out _));
        Assert.False(hit.TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("--fields", "headline", "--json")]
    [InlineData("--fields", "tags")]
    public void Query_FieldsMisused_IsAUsageError(params string[] options)
    {
        var result = CliRunner.Run(["query", "ferry", "--index", _index, .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newssearch: --fields", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MachineOutputs_WriteEveryDateInOneIso8601Form()
    {
        var query = JsonDocument.Parse(CliRunner.Run("query", "zebrafinch", "--json", "--index", _index).OutputLines[0]).RootElement;
        var show = JsonDocument.Parse(CliRunner.Run("show", "a2", "--json", "--index", _index).Output).RootElement;
        var stats = JsonDocument.Parse(CliRunner.Run("stats", "--json", "--index", _index).Output).RootElement;

        Assert.Equal("2019-05-01T00:00:00Z", query.GetProperty("published").GetString());
        Assert.Equal("2021-02-10T08:30:00Z", show.GetProperty("published").GetString());
        Assert.Matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", stats.GetProperty("earliest").GetString());
    }

    // A small RFC 4180 reader, so the tests check the format rather than trusting the writer's own code.
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
