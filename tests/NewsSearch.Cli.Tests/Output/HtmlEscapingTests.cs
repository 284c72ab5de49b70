using System.Text.Json;
using NewsSearch.Cli.Tests.Support;

namespace NewsSearch.Cli.Tests.Output;

/// <summary>Markup in an article never reaches emitted HTML as markup: the <c>html</c> snippet of <c>--json</c> escapes it.</summary>
public sealed class HtmlEscapingTests
{
    [Fact]
    public void QueryJson_ArticleWithMarkup_HtmlSnippetEscapesEverythingButTheHighlight()
    {
        using var folder = new TempFolder();
        var hostile = """{"id":"x1","title":"<img src=x onerror=alert(1)> Ferry \"quoted\" & 'single'","body":"<script>alert('ferry')</script> the ferry <b>bold</b> & <a href=\"javascript:alert(1)\">link</a> ferry"}""";
        var file = folder.File("hostile.jsonl", hostile + "\n");
        Assert.Equal(0, CliRunner.Run("index", file, "--index", folder.Index).ExitCode);

        var result = CliRunner.Run("query", "ferry", "--json", "--index", folder.Index);

        Assert.True(result.ExitCode == 0, result.ToString());
        var snippets = JsonDocument.Parse(result.OutputLines[0]).RootElement.GetProperty("snippets").EnumerateArray().ToList();
        Assert.NotEmpty(snippets);
        foreach (var snippet in snippets)
        {
            var html = snippet.GetProperty("html").GetString()!;
            var withoutHighlights = html.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', withoutHighlights);
            Assert.DoesNotContain('>', withoutHighlights);
            Assert.DoesNotContain('"', withoutHighlights);
            Assert.DoesNotContain('\'', withoutHighlights);
            Assert.Contains("<b>", html, StringComparison.Ordinal);
            Assert.Equal(snippet.GetProperty("text").GetString(), System.Net.WebUtility.HtmlDecode(withoutHighlights));
        }

        Assert.Contains(snippets, s => s.GetProperty("html").GetString()!.Contains("&lt;script&gt;", StringComparison.Ordinal));
    }
}
