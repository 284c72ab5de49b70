using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

/// <summary>
/// Readers never reach the network or files outside the paths they are given, whatever an input
/// points at: DTDs, external entities, stylesheets, images, JSON-LD contexts, links.
/// </summary>
public sealed class ReaderIsolationTests
{
    private const string Secret = "SECRETMARKER7731";

    [Fact]
    public void Read_InputsPointingAtALocalServerAndAtOtherFiles_ConnectNowhereAndReadNothingElse()
    {
        using var folder = new TempFolder();
        var secret = folder.File("outside/secret.txt", Secret);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var inputs = new Dictionary<string, string>
        {
            ["feed.rss"] = $"""
                <?xml version="1.0"?>
                <?xml-stylesheet href="{url}/style.xsl" type="text/xsl"?>
                <!DOCTYPE rss SYSTEM "{url}/rss.dtd" [
                  <!ENTITY remote SYSTEM "{url}/entity">
                  <!ENTITY local SYSTEM "file://{secret}">
                ]>
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Ferry &remote; &local;</title><link>{url}/a</link><description>Crews returned.</description></item>
                </channel></rss>
                """,
            ["feed.atom"] = $"""
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY local SYSTEM "file://{secret}">]>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="{url}/"><title>Wire</title>
                <entry><title>Harbour &local;</title><link href="{url}/b"/><content type="html">&lt;img src="{url}/i.png"&gt; text</content></entry>
                </feed>
                """,
            ["page.html"] = $$"""
                <!DOCTYPE html><html><head><title>Ferry strike ends</title>
                <link rel="stylesheet" href="{{url}}/s.css"><script src="{{url}}/x.js"></script>
                <meta http-equiv="refresh" content="0; url={{url}}/r">
                <script type="application/ld+json">{"@context":"{{url}}/ctx","@type":"NewsArticle","headline":"Ferry strike ends","image":"{{url}}/i.png"}</script>
                </head><body><article><h1>Ferry strike ends</h1><img src="{{url}}/p.jpg"><iframe src="file://{{secret}}"></iframe>
                <p>Crews returned to work on Monday after a deal on night shifts was reached late on Sunday.</p></article></body></html>
                """,
            ["wire.jsonl"] = $$"""{"id":"j1","url":"{{url}}/j1","title":"Ferry","body":"See file://{{secret}} and {{url}}/more"}""" + "\n",
            ["page.txt"] = $"Title: Ferry\nURL: {url}/t\n\nSee file://{secret} for more.\n",
        };

        var clock = Stopwatch.StartNew();
        var records = inputs.SelectMany(input => Enum.GetValues<ArticleFormat>().SelectMany(format =>
            ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(input.Value)), input.Key, format))).ToList();

        // Reading is synchronous, and on loopback the kernel completes a connection's handshake before
        // connect returns, so a reader that fetched anything has left a pending connection by now.
        Assert.False(listener.Pending(), "a reader opened a connection");
        Assert.DoesNotContain(records, r => r.Article is { } a && (a.Body + a.Title + string.Join(' ', a.Captions)).Contains(Secret, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Article is not null);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
    }

    [Fact]
    public void Read_EntityExpansionBomb_FailsFastWithAWarning()
    {
        var entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (var i = 1; i <= 10; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY a{i} \"{string.Concat(Enumerable.Repeat($"&a{i - 1};", 10))}\">");
        }

        var bomb = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss version=\"2.0\"><channel><item><title>&a10;</title></item></channel></rss>";
        var clock = Stopwatch.StartNew();

        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(bomb)), "bomb.rss").ToList();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.NotEmpty(records.SelectMany(r => r.Warnings));
        Assert.DoesNotContain(records, r => r.Article?.Title?.Contains("lollol", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ReadPaths_FolderWithASymlinkLoop_Terminates()
    {
        using var folder = new TempFolder();
        folder.File("archive/good.jsonl", """{"id":"g","title":"Good"}""" + "\n");
        Directory.CreateSymbolicLink(folder.Combine("archive/loop"), folder.Combine("archive"));

        var records = ArticleReader.ReadPaths([folder.Combine("archive")]).ToList();

        Assert.Contains(records, r => r.Article?.Id == "g");
    }
}
