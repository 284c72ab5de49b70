using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Bad input of every kind: each bad record or file gets a warning naming the file (and the line,
/// where the format has lines), reading goes on, and every good record is kept.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = """{"id":"good","title":"Ferry strike ends","body":"Crews returned on Monday."}""";

    public static TheoryData<string, string, string> BadLines => new()
    {
        { "truncated", """{"id":"t","title":"Cut off""", "invalid JSON" },
        { "wrong-types", """{"id":"w","title":42,"body":["a","b"],"tags":{"x":1},"published":true}""", "field 'title': expected a string, found a number" },
        { "nulls", """{"id":null,"title":null,"body":null}""", "neither 'title' nor 'body'" },
        { "huge-numbers", """{"id":1e400,"title":"Huge","published":123456789012345678901234567890}""", "field 'published': expected an ISO 8601 date string" },
        { "deep-nesting", """{"id":"d","title":"Deep","extra":""" + new string('[', 1000) + new string(']', 1000) + "}", "invalid JSON" },
        { "not-an-object", "[1,2,3]", "expected a JSON object, found an array" },
        { "bad-date", """{"id":"b","title":"Odd date","published":"32/13/2018"}""", "field 'published': cannot read '32/13/2018' as a date" },
        { "lone-surrogate", """{"id":"s","title":"\ud800 broken","body":"text"}""", "field 'title': holds an escaped lone surrogate" },
        { "nul-byte", "{\"id\":\"n\",\"title\":\"Bad\0byte\"}", "invalid JSON" },
        { "control-in-id", """{"id":"a\u001b[2Jb","title":"Escapes"}""", "field 'id': holds the control character U+001B" },
        { "huge-source", $$"""{"id":"h","title":"Huge","source":"{{new string('s', 33_000)}}"}""", "field 'source': 33,000 bytes long, cut to the first 8,192" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void JsonLines_BadLineBetweenGoodOnes_OneWarningNamingFileAndLineAndTheGoodOnesKept(string name, string bad, string warning)
    {
        using var folder = new TempFolder();
        var file = folder.File(name + ".jsonl", string.Join('\n', Good.Replace("good", "good-1", StringComparison.Ordinal), bad, Good.Replace("good", "good-3", StringComparison.Ordinal)) + "\n");

        var records = ArticleReader.ReadPaths([file]).ToList();

        var warnings = records.SelectMany(r => r.Warnings).ToList();
        Assert.Contains(warnings, w => w.Path == file && w.Line == 2 && w.Message.Contains(warning, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Equal(2, w.Line));
        Assert.Contains(records, r => r.Article?.Id == "good-1");
        Assert.Contains(records, r => r.Article?.Id == "good-3");
        Assert.Equal($"{file}:2: ", warnings[0].ToString()[..(file.Length + 4)]);
    }

    [Fact]
    public void JsonLines_HundredThousandLinesWithOnePercentBad_IndexesExactlyTheGood99Percent()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("big.jsonl");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            for (var i = 1; i <= 100_000; i++)
            {
                writer.WriteLine(i % 100 == 0
                    ? (i % 300 == 0 ? "{ \"id\": \"broken-" + i : i % 200 == 0 ? "{\"id\":\"x" + i + "\",\"title\":7}" : "not json at all")
                    : $$"""{"id":"line-{{i}}","title":"Line {{i}}","body":"Body {{i}}."}""");
            }
        }

        var rejected = new List<ArticleRecord>();
        var accepted = 0;
        using var index = NewsIndexWriter.CreateInMemory();
        index.UpsertAll(ArticleReader.ReadPaths([path]).Where(r =>
        {
            if (r.Article is null)
            {
                rejected.Add(r);
            }
            else
            {
                accepted++;
                Assert.Empty(r.Warnings);
            }

            return r.Article is not null;
        }).Select(r => r.Article!));
        index.Commit();
        using var searcher = NewsSearcher.Open(index);

        Assert.Equal(99_000, accepted);
        Assert.Equal(1_000, rejected.Count);
        Assert.Equal(Enumerable.Range(1, 1000).Select(n => n * 100), rejected.Select(r => r.Line!.Value));
        Assert.All(rejected, r => Assert.All(r.Warnings, w => Assert.Equal($"{path}:{r.Line}", $"{w.Path}:{w.Line}")));
        Assert.Equal(99_000, searcher.GetStats().Articles);
        Assert.Null(searcher.Get("line-500"));
        Assert.NotNull(searcher.Get("line-99999"));
    }

    [Fact]
    public void Files_EmptyBinaryAndInvalidUtf8_EachOneWarningAndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        var empty = folder.File("archive/empty.jsonl", "");
        var binary = folder.Combine("archive/picture.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
        var latin = folder.Combine("archive/latin.jsonl");
        File.WriteAllBytes(latin, [.. Encoding.UTF8.GetBytes("""{"id":"z","title":"Z"""), 0xfc, .. Encoding.UTF8.GetBytes("""rich","body":"ok"}""" + "\n")]);
        var good = folder.File("archive/good.jsonl", Good + "\n");

        var records = ArticleReader.ReadPaths([folder.Combine("archive")]).ToList();

        var warnings = records.SelectMany(r => r.Warnings).Select(w => w.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith(empty + ": ", StringComparison.Ordinal) && w.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(binary + ": ", StringComparison.Ordinal) && w.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(latin, StringComparison.Ordinal) && w.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Article?.Id == "z");
        Assert.Contains(records, r => r.Article?.Id == "good");
        Assert.Single(records, r => r.Path == good);
    }

    [Fact]
    public void Json_TruncatedFile_OneWarningWithTheLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("cut.json", "[\n" + Good + ",\n{\"id\":\"second\",\"title\":\"Cut");

        var records = ArticleReader.ReadPaths([file]).ToList();

        var warning = Assert.Single(records.SelectMany(r => r.Warnings));
        Assert.Equal(file, warning.Path);
        Assert.Equal(3, warning.Line);
        Assert.Contains("invalid JSON", warning.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?> Dates => new()
    {
        { "2018-11-05", "2018-11-05T00:00:00.0000000+00:00" },
        { "2018-11-05T14:30:00+05:30", "2018-11-05T09:00:00.0000000+00:00" },
        { "2018-11-05T23:30:00-08:00", "2018-11-06T07:30:00.0000000+00:00" },
        { "2018-11-05T14:30:00.1234567Z", "2018-11-05T14:30:00.1234567+00:00" },
        { "Mon, 05 Nov 2018 14:30:00 +0100", "2018-11-05T13:30:00.0000000+00:00" },
        { "Mon, 05 Nov 2018 14:30:00 GMT", "2018-11-05T14:30:00.0000000+00:00" },
        { "5 November 2018", "2018-11-05T00:00:00.0000000+00:00" },
        { "November 5, 2018", "2018-11-05T00:00:00.0000000+00:00" },
        { "20181105", "2018-11-05T00:00:00.0000000+00:00" },
        { "2018", "2018-01-01T00:00:00.0000000+00:00" },
        { "32/13/2018", null },
        { "yesterday", null },
        { "0000-00-00", null },
        { "2018-02-30", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_OddFormatsAndZones_ReadAsUtcOrWarnAndKeepTheArticle(string text, string? expected)
    {
        var line = $$"""{"id":"d","title":"Dated","published":"{{text}}"}""";

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "dates.jsonl"));

        Assert.NotNull(record.Article);
        if (expected is null)
        {
            Assert.Null(record.Article.Published);
            Assert.True(text.Length == 0 || record.Warnings.Any(w => w.Line == 1 && w.Message.Contains("as a date", StringComparison.Ordinal)), string.Join("; ", record.Warnings));
        }
        else
        {
            Assert.Equal(expected, record.Article.Published!.Value.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(record.Warnings);
        }
    }

    [Fact]
    public void Records_MissingTitleOrBody_AreKeptAndOnlyEmptyOnesSkipped()
    {
        var lines = string.Join('\n', """{"id":"no-title","body":"Only a body."}""", """{"id":"no-body","title":"Only a title"}""", """{"id":"nothing","source":"Wire"}""");

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "partial.jsonl").ToList();

        Assert.Equal(["no-title", "no-body"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var skipped = Assert.Single(records, r => r.Article is null);
        Assert.Equal("partial.jsonl:3: skipped: the record has neither 'title' nor 'body'", Assert.Single(skipped.Warnings).ToString());
    }

    [Fact]
    public void Batch_DuplicateIds_TheLastOneWins()
    {
        using var index = new MemoryIndex(
            Articles.Any(id: "dup", title: "First version"),
            Articles.Any(id: "other", title: "Another article"),
            Articles.Any(id: "dup", title: "Second version"),
            Articles.Any(id: "dup", title: "Third and last version"));

        Assert.Equal(2, index.Searcher.GetStats().Articles);
        Assert.Equal("Third and last version", index.Searcher.Get("dup")!.Title);
    }

    [Fact]
    public void Paths_WithSpacesAndNonAsciiNames_AreReadAndNamedInWarnings()
    {
        using var folder = new TempFolder();
        var file = folder.File("my archive/Überblick 新闻 (1).jsonl", Good + "\n{ broken\n");

        var records = ArticleReader.ReadPaths([folder.Combine("my archive")]).ToList();

        Assert.Contains(records, r => r.Article?.Id == "good" && r.Path == file);
        Assert.Equal($"{file}:2: ", records.SelectMany(r => r.Warnings).Single().ToString()[..(file.Length + 4)]);
    }

    [UnreadableFilesFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Files_Unreadable_OneWarningAndTheRunGoesOn()
    {
        using var folder = new TempFolder();
        var locked = folder.File("archive/locked.jsonl", Good + "\n");
        var good = folder.File("archive/open.jsonl", Good.Replace("good", "open", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var records = ArticleReader.ReadPaths([folder.Combine("archive")]).ToList();

        Assert.Equal($"{locked}: cannot read: permission denied", Assert.Single(records.SelectMany(r => r.Warnings)).ToString());
        Assert.Contains(records, r => r.Article?.Id == "open" && r.Path == good);
    }

    [Fact]
    public void Files_ADirectoryNamedLikeAFileAndADanglingLink_WarnOrAreSkippedWithoutStopping()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("archive/folder.jsonl"));
        File.CreateSymbolicLink(folder.Combine("archive/dangling.jsonl"), folder.Combine("gone.jsonl"));
        folder.File("archive/good.jsonl", Good + "\n");

        var records = ArticleReader.ReadPaths([folder.Combine("archive"), folder.Combine("archive/dangling.jsonl")]).ToList();

        Assert.Contains(records, r => r.Article?.Id == "good");
        Assert.Contains(records.SelectMany(r => r.Warnings), w => w.Path.EndsWith("dangling.jsonl", StringComparison.Ordinal));
    }
}
