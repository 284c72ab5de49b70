namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// A small archive in every input format. Each article carries one made-up word found nowhere
/// else (zebrafinch, quokkas, ...), so a test can ask for exactly one article.
/// </summary>
internal static class Archive
{
    public const string FerryStrike = """{"id":"a1","url":"https://example-news.test/a1","title":"Harbour ferry strike ends after two weeks","byline":"Mira Holt","source":"Harbour Gazette","dateline":"PORTSMOUTH","published":"2019-05-01","section":"local","tags":["transport","labour"],"body":"Ferry crews returned to work on Monday after a deal on night shifts.\n\nA zebrafinch nesting on the terminal roof became the strike's mascot.","captions":["Crews at the terminal (Harbour Gazette photo)"],"language":"en"}""";

    public const string GlacierMelt = """{"id":"a2","title":"Glacier melt speeds up in the Andes","byline":"Tomás Rey","source":"Meridian Wire","published":"2021-02-10T08:30:00Z","section":"science","tags":["climate"],"body":"Glaciers in the high Andes lost more ice last year than in any year on record, and quokkas were not involved."}""";

    public const string FerryFares = """{"id":"a3","title":"Ferry operators raise fares again","source":"Meridian Wire","published":"2023-07-15","section":"business","tags":["transport"],"body":"Ferry fares rise by a tenth from July, the operators said, citing fuel and the cost of the new axolotl-themed terminal."}""";

    /// <summary>Three articles as JSON Lines, ids a1, a2, a3.</summary>
    public static string JsonLines => string.Join('\n', FerryStrike, GlacierMelt, FerryFares) + "\n";

    /// <summary>One article (id b1) as a JSON array, as features.json files hold them.</summary>
    public const string JsonArray = """
        [
          {
            "id": "b1",
            "title": "Night markets return to Taipei",
            "source": "Taiwan News",
            "published": "2022-03-03",
            "section": "culture",
            "body": "Night markets reopened with pangolin-shaped pastries and ferry queues to the islands."
          }
        ]
        """;

    /// <summary>One scraped page with header lines and no id.</summary>
    public const string ScrapedText = """
        Title: Mountain radio keeps villages connected
        By: Ana Quispe
        Date: 2020-08-08
        Source: Andes Radio

        Community radio stations in the mountains read out news, weather and messages between families; one presenter keeps a pet capybara in the studio.
        """;

    /// <summary>Writes the archive into <paramref name="folder"/>: news.jsonl, features.json and scraped/page.txt.</summary>
    public static string WriteMixedFolder(TempFolder folder)
    {
        folder.File("archive/news.jsonl", JsonLines);
        folder.File("archive/features.json", JsonArray);
        folder.File("archive/scraped/page.txt", ScrapedText);
        return folder.Combine("archive");
    }

    /// <summary>Indexes the mixed folder into the temp folder's index and checks that it worked.</summary>
    public static string IndexMixedFolder(TempFolder folder)
    {
        var result = CliRunner.Run("index", WriteMixedFolder(folder), "--index", folder.Index);
        Assert.True(result.ExitCode == 0, result.ToString());
        return folder.Index;
    }
}
