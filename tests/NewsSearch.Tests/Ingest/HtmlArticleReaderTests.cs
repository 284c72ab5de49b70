using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public sealed class HtmlArticleReaderTests
{
    private const string Story = "<p>The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening.</p>"
        + "<p>The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish their shifts late.</p>"
        + "<p>The operator said it would recruit eleven additional deckhands and two skippers before the service begins.</p>";

    private const string StoryText = "The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening.\n\n"
        + "The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish their shifts late.\n\n"
        + "The operator said it would recruit eleven additional deckhands and two skippers before the service begins.";

    private static NewsArticle Read(string html, string name = "page.html")
    {
        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), name));
        Assert.Empty(record.Warnings);
        return record.Article!;
    }

    [Fact]
    public void Read_JsonLdInGraphWithReferences_TakesEveryStructuredField()
    {
        var html = """
            <html lang="en-GB"><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"https://gazette.test/a/"},
              {"@type":"NewsArticle","headline":"Night ferry approved","alternativeHeadline":"A two-year trial starts in June",
               "author":[{"@id":"#p1"},{"@type":"Person","name":"John Roe"}],"datePublished":"2023-04-12T09:30:00+02:00",
               "articleSection":["Local"],"keywords":"transport, ferries","publisher":{"@id":"#org"},"url":"https://gazette.test/a/",
               "image":{"@type":"ImageObject","caption":"The ferry at dusk"}},
              {"@type":"Person","@id":"#p1","name":"Jane Doe"},
              {"@type":"Organization","@id":"#org","name":"Harbour Gazette"}]}
            </script></head><body><article><h1>Night ferry approved</h1>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("A two-year trial starts in June", article.Subtitle);
        Assert.Equal("Jane Doe, John Roe", article.Byline);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 7, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Local", article.Section);
        Assert.Equal(["transport", "ferries"], article.Tags);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal("https://gazette.test/a/", article.Url);
        Assert.Equal(["The ferry at dusk"], article.Captions);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal(StoryText, article.Body);
    }

    [Theory]
    [InlineData("<![CDATA[", "]]>")]
    [InlineData("//<![CDATA[", "//]]>")]
    [InlineData("/*<![CDATA[*/", "/*]]>*/")]
    [InlineData("<!--", "-->")]
    public void Read_JsonLdInsideXhtmlWrapper_IsReadLikePlainJsonLd(string open, string close)
    {
        var html = "<html><head><script type=\"application/ld+json\">" + open
            + """{"@type":"NewsArticle","headline":"Night ferry approved","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2023-04-12"}"""
            + close + "</script></head><body><article><h1>Night ferry approved</h1>" + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Read_DublinCoreCreatorAndLooseAuthor_BylineIsTheDublinCorePropertyOnce()
    {
        var html = """
            <html><head><meta name="author" content="Site Desk"><meta name="DC.creator" content="Jane Doe (name)">
            <meta property="dc:creator" content="Jane Doe"></head><body><article><h1>Night ferry approved</h1>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Read_JsonLdAuthorIsTheSiteName_KeptAsByline()
    {
        var html = """
            <html><head><meta property="og:site_name" content="Haki Benita"><script type="application/ld+json">
            {"@type":"BlogPosting","headline":"Night ferry approved","author":{"@type":"Person","name":"Haki Benita"},
             "publisher":{"@type":"Organization","name":"Haki Benita"}}
            </script></head><body><article><h1>Night ferry approved</h1>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Haki Benita", article.Byline);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("noopener Author")]
    [InlineData("AUTHOR external")]
    public void Read_LinkWhoseRelNamesTheAuthor_IsTheBylineInAnyCaseAndAmongOtherTokens(string rel)
    {
        var html = $"""
            <html><body><article><h1>Night ferry approved</h1>
            <p class="credit-line">Reported by <a href="https://gazette.test/staff/jane" rel="{rel}">Jane Doe</a> and photographed</p>
            <p class="credit-line"><a href="https://gazette.test/staff/john" rel="authorship">John Roe</a></p>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
    }

    [Theory]
    [InlineData("<h1>Night ferry approved</h1>", "<div>")]
    [InlineData("<h2 itemprop=\"headline\">Night ferry approved</h2>", "<div>")]
    [InlineData("<h2>Night ferry approved</h2>", "<div itemprop=\"articleBody\">")]
    public void Read_WrapperWithAChromeClassHoldingTheHeadlineOrMarkedBody_IsNotRemovedAsChrome(string headline, string bodyOpen)
    {
        // "comments-open" names chrome whatever else the class says; a wrapper around the whole story keeps it anyway.
        var html = $"""
            <html><head><title>Night ferry approved</title></head><body><div class="page comments-open">{headline}
            <p class="standfirst">A two-year trial of night sailings starts in June</p>{bodyOpen}
            """ + Story + """
            </div><div class="share-bar"><h2>Share this story</h2><a href="/share">Share</a></div></div></body></html>
            """;

        var article = Read(html);

        // The page's own fields are read after clear chrome is gone: the dek is found only if the wrapper stayed.
        Assert.Equal("A two-year trial of night sailings starts in June", article.Subtitle);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_BylineBlockWithAuthorPageLinkAndJobTitle_BylineIsTheLinkedName()
    {
        var html = """
            <html><body><article><h1>Night ferry approved</h1>
            <div class="author"><a class="author-link" href="https://gazette.test/author/jane-doe">Jane Doe</a><div class="author-title">Transport Editor</div></div>
            <aside><a href="https://gazette.test/author/john-roe" rel="author">John Roe</a></aside>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Read_BylineBlockWithTheDateAfterTheName_BylineIsTheNameAlone()
    {
        var html = """
            <html><body><article><h1>Night ferry approved</h1>
            <div class="post__author-date"><span>Jane Doe</span> <em>May 20, 2019</em></div>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Read_JsonLdAuthorIsAUserName_BylineIsTheNameThePageShows()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Night ferry approved","creator":"CC7567","author":"CC7567"}
            </script></head><body><article class="post tag-fan-contributor"><h1>Night ferry approved</h1>
            <div class="byline"><a href="https://gazette.test/u/CC7567"><span class="author-name">Jane Doe</span></a> • 8h</div>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_StoryCutIntoSectionsOfOneShape_EverySectionIsBody()
    {
        const string Opening = "The harbour ferry will run through the night from June after a vote on Tuesday evening.";
        const string Closing = "Tickets for the night crossings will cost the same as daytime fares, the council said.";
        var html = "<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Night ferry approved</h1>"
            + $"<div class=\"x1 y2\"><div class=\"z3\"><p>{Opening}</p></div></div>"
            + "<div class=\"x1 y2\"><div class=\"z3\">" + Story + Story + "</div></div>"
            + $"<div class=\"x1 y2\"><div class=\"z3\"><p>{Closing}</p></div></div>"
            + "</article></body></html>";

        var article = Read(html);

        Assert.StartsWith(Opening, article.Body, StringComparison.Ordinal);
        Assert.EndsWith(Closing, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonLdSocialMediaPosting_DateAndAuthorAreRead()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"SocialMediaPosting","headline":"Night ferry approved","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2014-09-02T08:35:27-04:00"}
            </script></head><body><article><h1>Night ferry approved</h1>
            """ + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal(new DateTimeOffset(2014, 9, 2, 12, 35, 27, TimeSpan.Zero), article.Published);
        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Read_JsonLdHeadlineThatDescribesThePage_TitleIsTheHeadingTheDocumentTitleAgreesWith()
    {
        var html = """
            <html><head><title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">
            {"@type":"Article","name":"Hermitian matrix","headline":"matrix equal to its conjugate-transpose"}
            </script></head><body><h1>Hermitian matrix</h1><div>
            """ + Story + "</div></body></html>";

        var article = Read(html);

        Assert.Equal("Hermitian matrix", article.Title);
    }

    [Fact]
    public void Read_StoryWrittenAsListItemsBesideAShortParagraph_BodyIsTheLargestBlockOfText()
    {
        var steps = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<li>Step {i}: soak the floral foam in water for ten minutes, then press moss number {i} around its edges gently.</li>"));
        var html = "<html><body><h1>How to make a moss terrarium</h1><div class=\"intro\"><p>A cloche, a saucer, some moss and an afternoon, and that is all.</p></div>"
            + "<div class=\"steps\"><ol>" + steps + "</ol></div></body></html>";

        var article = Read(html);

        Assert.Contains("Step 1: soak the floral foam", article.Body, StringComparison.Ordinal);
        Assert.Contains("moss number 8", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChangelogOfLongLinkedItemsAndMathML_AreBodyText()
    {
        var html = "<html><body><article><h1>Night ferry approved</h1>" + Story
            + "<ul><li><a href=\"/bug/1\">Bug 1677080 – Fullscreen window is affected by switching the video source</a></li>"
            + "<li><a href=\"/bug/2\">Bug 1677107 – Add telemetry for tracking how many windows are open at once</a></li></ul>"
            + "<p>The fare rises by <math><mi>x</mi><mo>+</mo><mn>2</mn></math> pounds on holidays, the operator said.</p>"
            + "</article></body></html>";

        var article = Read(html);

        Assert.Contains("Bug 1677080 – Fullscreen window is affected", article.Body, StringComparison.Ordinal);
        Assert.Contains("Bug 1677107", article.Body, StringComparison.Ordinal);
        Assert.Contains("x+2", article.Body.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OpenGraphAndDublinCore_TakesMetaFieldsAndDropsSiteNameFromTitle()
    {
        var html = """
            <html><head><title>Night ferry approved | Harbour Gazette</title>
            <meta property="og:title" content="Night ferry approved | Harbour Gazette"><meta property="og:site_name" content="Harbour Gazette">
            <meta property="article:published_time" content="2023-04-12T09:30:00Z"><meta property="article:section" content="Local">
            <meta property="article:tag" content="transport"><meta property="article:tag" content="ferries">
            <meta name="DC.creator" content="Jane Doe"><link rel="canonical" href="https://gazette.test/a">
            </head><body><div class="story">
            """ + Story + "</div></body></html>";

        var article = Read(html);

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("Harbour Gazette", article.Source);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 9, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["transport", "ferries"], article.Tags);
        Assert.Equal("https://gazette.test/a", article.Url);
    }

    [Fact]
    public void Read_NoMetadata_TakesHeadlineBylineAndDateFromThePage()
    {
        var html = "<html><body><h1>Night ferry approved</h1><p>By Jane Doe<br>Published: 12 April 2023</p>" + Story + "</body></html>";

        var article = Read(html);

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2023, 4, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_PageChrome_OnlyTheStoryIsBody()
    {
        var html = """
            <html><head><style>p { color: red }</style><script>var tracking = "Script text must not appear";</script></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience on our website.</div>
            <main><article><h1>Night ferry approved</h1>
            <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
            <div class="article-body">
            """ + Story + """
            <div class="ad-slot">Advertisement</div>
            <p>Read more: <a href="/other">Council delays vote on parking charges</a></p>
            </div></article>
            <section class="related-stories"><h3>Related stories</h3><ul><li><a href="/1">Five things to do this weekend in the city centre</a></li></ul></section>
            <div id="comments"><p>I have been saying this for years and nobody at the council ever listened to us.</p></div>
            </main><footer>© 2024 Harbour Gazette. All rights reserved.</footer></body></html>
            """;

        var article = Read(html);

        Assert.Equal(StoryText, article.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""<div class="thumb"><a href="/story"><img src="story.jpg" alt=""></a></div>""")]
    public void Read_SectionFrontOfTeasers_EachLinkedHeadlineStaysAboveItsSummaryWithOrWithoutAThumbnailBetween(string thumbnail)
    {
        var html = """
            <html><head><title>Harbour Gazette: Local news</title></head><body><main><h1>Local news</h1><ol>
            <li><article><h2><a href="/ferry">Night ferry approved</a></h2>{thumbnail}
            <p>The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday.</p></article></li>
            <li><article><h2><a href="/library">Library opens on Sundays</a></h2>{thumbnail}
            <p>The central library will open from noon to five on Sundays, after a survey of more than 2,000 readers asked for it.</p></article></li>
            <li><article><h2><a href="/market">Fish market moves to the quay</a></h2>{thumbnail}
            <p>Traders will sell from the old customs shed while the market hall, closed since the storm, is repaired over the winter.</p></article></li>
            <li><article><h2><a href="/bridge">Swing bridge shut for repairs</a></h2>{thumbnail}
            <p>The swing bridge will close to traffic for three weeks in March, while engineers replace the gears that turn it.</p></article></li>
            </ol></main></body></html>
            """.Replace("{thumbnail}", thumbnail, StringComparison.Ordinal);

        var article = Read(html);

        Assert.Equal(
            "Night ferry approved\n\nThe harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday.\n\n"
            + "Library opens on Sundays\n\nThe central library will open from noon to five on Sundays, after a survey of more than 2,000 readers asked for it.\n\n"
            + "Fish market moves to the quay\n\nTraders will sell from the old customs shed while the market hall, closed since the storm, is repaired over the winter.\n\n"
            + "Swing bridge shut for repairs\n\nThe swing bridge will close to traffic for three weeks in March, while engineers replace the gears that turn it.",
            article.Body);
    }

    [Fact]
    public void Read_TeaserBylinesWithTheNameInAClassedSpan_FirstIsTheBylineAndTheOthersKeepTheirNames()
    {
        // Each name's own class ("last-byline") says byline: the first is the page's byline, taken out with its
        // "Por"; the others are the teasers' lines, and taking out only their names would leave "Por" alone.
        var html = """
            <html><head><title>Gaceta del Puerto: Noticias</title></head><body><main><h1>Noticias</h1><ol>
            <li><article><h2><a href="/ferry">El ferry nocturno, aprobado</a></h2>
            <p>El ferry del puerto funcionará toda la noche desde junio, después de que el ayuntamiento aprobara una prueba de dos años.</p>
            <p><span>Por <span class="last-byline">Ana Ruiz</span></span></p></article></li>
            <li><article><h2><a href="/library">La biblioteca abre los domingos</a></h2>
            <p>La biblioteca central abrirá de mediodía a cinco los domingos, después de que más de 2.000 lectores lo pidieran en una encuesta.</p>
            <p><span>Por <span class="last-byline">Jorge Sanz</span></span></p></article></li>
            <li><article><h2><a href="/market">El mercado de pescado se muda al muelle</a></h2>
            <p>Los comerciantes venderán desde la vieja aduana mientras se repara durante el invierno la lonja, cerrada desde la tormenta.</p>
            <p><span>Por <span class="last-byline">Lucía Prat</span></span></p></article></li>
            <li><article><h2><a href="/bridge">El puente giratorio, cerrado por obras</a></h2>
            <p>El puente giratorio se cerrará al tráfico tres semanas en marzo, mientras los ingenieros cambian los engranajes que lo hacen girar.</p>
            <p><span>Por <span class="last-byline">Marta Gil</span></span></p></article></li>
            </ol></main></body></html>
            """;

        var article = Read(html);

        Assert.Equal("Ana Ruiz", article.Byline);
        var lines = article.Body!.Split("\n\n");
        Assert.Equal(["Por Jorge Sanz", "Por Lucía Prat", "Por Marta Gil"], lines.Where(line => line.StartsWith("Por", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_RelatedCardInsideTheStory_ItsLinkedHeadlineOverACutExcerptIsNotBody()
    {
        var html = """
            <html><body><article><h1>Night ferry approved</h1><div class="article-body">
            <p>The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening.</p>
            <div class="inset"><h6><a href="/older">Council delays vote on parking charges</a></h6>
            <p>Drivers who park on the seafront will wait another month to learn what they pay, after the vote was put back…</p></div>
            <p>The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish their shifts late.</p>
            <p>The operator said it would recruit eleven additional deckhands and two skippers before the service begins.</p>
            </div></article></body></html>
            """;

        var article = Read(html);

        Assert.DoesNotContain("Council delays vote", article.Body, StringComparison.Ordinal);
        Assert.Contains("petition signed by more than 3,000", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ClasslessMarkup_DescriptionShownUnderHeadlineIsDekAndSectionLabelIsKicker()
    {
        var html = """
            <html><head><meta name="description" content="A two-year trial of night sailings starts in June">
            <meta property="article:section" content="Transport"></head><body><main id="content"><div class="css-1">
            <div class="css-2"><span class="css-3">Transport</span><h1>Night ferry approved</h1><p class="css-4">A two-year trial of night sailings starts in June</p></div>
            <div class="css-5"><span>January 18, 2024 — 9.30am</span></div>
            <div class="css-6">
            """ + Story + "</div></div></main></body></html>";

        var article = Read(html);

        Assert.Equal("A two-year trial of night sailings starts in June", article.Subtitle);
        Assert.Equal("Transport", article.Section);
        Assert.Equal(new DateTimeOffset(2024, 1, 18, 9, 30, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_FigureWithCaptionAndCredit_CaptionNotBody()
    {
        var html = "<html><body><article><h1>Night ferry approved</h1><figure><img src='f.jpg'><figcaption>The ferry at dusk. <span class='credit'>Photo: Tomas Reyes</span></figcaption></figure>"
            + Story + "<div class='image-block'><img src='g.jpg'><div class='caption'>Deckhands at work</div><div class='credit'>(Harbour Gazette)</div></div></article></body></html>";

        var article = Read(html);

        Assert.Equal(["The ferry at dusk. Photo: Tomas Reyes", "Deckhands at work (Harbour Gazette)"], article.Captions);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_FigureCaptionAndHiddenCreditLabelInTouchingSpans_CaptionKeepsTheCreditsNameSearchable()
    {
        var html = "<html><body><article><h1>Night ferry approved</h1><figure><img src='f.jpg'><figcaption><span>The ferry at dusk.</span>"
            + "<span itemprop='copyrightHolder'><span class='css-1dv1kvn'>Credit</span><span>Tomas Reyes for the Gazette</span></span></figcaption></figure>"
            + Story + "</article></body></html>";

        var article = Read(html);

        Assert.Equal(["The ferry at dusk. Credit Tomas Reyes for the Gazette"], article.Captions);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_StoryFoundOnlyByTheFallback_BodyLeavesOutItsFigure()
    {
        // The story's wrapper is a comment thread by its class, which both the first pass and the retry leave out,
        // so the page's own text is the body: a figure's label and caption are not story there either.
        var html = "<html><body><h1>Night ferry approved</h1><div class='comments'><figure><span>Enlarge this image</span><img src='f.jpg'>"
            + "<figcaption><span>The ferry at dusk.</span><span><span>Credit</span><span>Tomas Reyes</span></span></figcaption></figure>"
            + Story + "</div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_StoryFoundOnlyByTheFallback_LeavesOutALinkBoxInsideIt()
    {
        // The story's wrapper has a chrome class word, so the first pass finds only the weather line, far short of
        // the page's prose; the retry without class words is cleaned as the first pass is, and the related-links
        // box inside the story is furniture there too.
        const string First = "The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening. "
            + "Councillors voted eleven to four for the trial, which will cost the city about two million pounds a year in subsidies. The first crossing leaves at midnight.";
        const string Second = "The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish their shifts late. "
            + "The operator said it would recruit eleven additional deckhands and two skippers before the service begins in June. Fares will match the day service.";
        var box = "<div><p>Also on the harbour desk this week:</p><p><a href='/a'>Council budget vote delayed again</a></p><p><a href='/b'>Bridge works start on Monday</a></p></div>";
        var html = $"<html><body><h1>Night ferry approved</h1><div class='date'><p>{First}</p>{box}<p>{Second}</p></div>"
            + "<div class='css-n'><p>Weather: fog on the estuary until noon</p></div></body></html>";

        var article = Read(html);

        Assert.Equal(First + "\n\n" + Second, article.Body);
    }

    [Fact]
    public void Read_StoryWithATableAmongItsParagraphs_KeepsTheSectionHeadingsAroundIt()
    {
        // The table's rows outscore the paragraphs, but the story's wrapper scores more than the table around
        // them: Readability climbs to an ancestor whose score rises again, which keeps the headings with the text.
        const string Cell = "The ferry, the bridge, the tunnel, the quay, the port, the dock, the pier, the wharf, the slip, the berth, and the mooring were all surveyed.";
        const string Paragraph = "The harbour board approved the night ferry on Thursday after a year of delays and a public consultation that drew many letters.";
        var rows = string.Concat(Enumerable.Repeat($"<tr><td>{Cell}</td></tr>", 4));
        var html = $"<html><body><h1>Night ferry approved</h1><div class='css-g'><h2>Background</h2><p>{Paragraph}</p><table><tbody>{rows}</tbody></table>"
            + $"<h2>Reaction</h2><p>{Paragraph}</p></div><div class='css-f'><a href='/x'>Home</a></div></body></html>";

        var article = Read(html);

        Assert.StartsWith("Background\n\n" + Paragraph, article.Body, StringComparison.Ordinal);
        Assert.EndsWith("Reaction\n\n" + Paragraph, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ParagraphWrittenAsADivBesideTheStoryContainer_KeptWithTheStory()
    {
        // A div with nothing block-like inside is a paragraph (Readability turns it into one), so as the story
        // container's sibling it joins the story as prose does.
        const string Closing = "Tickets for the night crossings go on sale in May, and season passes for shift workers will cost half the day fare.";
        var html = $"<html><body><h1>Night ferry approved</h1><div class='css-w'><div class='css-s'>{Story}</div><h2>Fares</h2><div>{Closing}</div></div>"
            + "<div class='css-f'><a href='/x'>Home</a></div></body></html>";

        var article = Read(html);

        Assert.EndsWith(Closing, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StoryParagraphInAWrapperDiv_ScoresTheStoryContainerSoItsShortLinesStay()
    {
        // A div around one p is that paragraph: the story's container, not the wrapper, is the best candidate,
        // and the short lines and headings beside the wrapper are the story's.
        const string Lead = "The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday evening, "
            + "and the operator, the unions, the hospital and the port have all said they will publish the timetable before the first crossing.";
        const string Closing = "Tickets for the night crossings go on sale in May, and season passes for shift workers will cost half the day fare.";
        var html = $"<html><body><h1>Night ferry approved</h1><div class='css-w'><div><p>{Lead}</p></div><p>Crossings</p><h2>Fares</h2><div>{Closing}</div></div>"
            + "<div class='css-f'><a href='/x'>Home</a></div></body></html>";

        var article = Read(html);

        Assert.Equal($"{Lead}\n\nCrossings\n\nFares\n\n{Closing}", article.Body);
    }

    [Fact]
    public void Read_ParagraphsSplitByLineBreaksInAWrapperDiv_WrapperStaysTheContainerWithoutTheLinksBesideIt()
    {
        // A p whose text runs are split by two line breaks each is several paragraphs, so the div around it is the
        // story's container, not a paragraph whose parent (holding the related links) takes its place.
        var runs = "The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday.<br><br>"
            + "The decision follows a petition signed by more than 3,000 hospital, hotel and port workers who finish late.<br><br>"
            + "The operator said it would recruit eleven additional deckhands and two skippers before the service begins.";
        var html = $"<html><body><h1>Night ferry approved</h1><div class='css-m'><div class='css-p'><p>{runs}</p></div>"
            + "<div class='css-r'><div>Related</div><ul><li><a href='/a'>Council budget vote delayed again this week</a></li><li><a href='/b'>Bridge works start on Monday</a></li></ul></div>"
            + "<p class='css-u'>Updated 9 March</p></div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText.Replace("Tuesday evening.", "Tuesday.", StringComparison.Ordinal).Replace("their shifts late", "late", StringComparison.Ordinal), article.Body);
    }

    [Fact]
    public void Read_StoryOfSeveralShortParagraphsBesideOneLongBlurb_StoryIsTheBody()
    {
        // Each paragraph scores a point for each comma-separated piece, as Readability counts them (commas + 1):
        // four paragraphs without a comma outscore one three times as long, though its div starts with a bonus.
        string[] story =
        [
            "The harbour ferry will run through the night from June after the council approved a two-year trial on Tuesday.",
            "Hospital and port workers who finish their shifts late had asked for the night service for more than five years.",
            "The operator will recruit eleven more deckhands and two skippers before the first crossing leaves the quay.",
            "Tickets go on sale in May and season passes for shift workers will cost half the fare charged during the day.",
        ];
        const string Blurb = "The Harbour Gazette has covered the city's waterfront since 1882 and is owned by the readers who fund it. "
            + "Our reporters live in the neighbourhoods they cover and answer every letter that reaches the newsroom by post or mail. "
            + "Corrections are printed on page two of the next edition and kept online beside the story they correct.";
        var html = "<html><body><h1>Night ferry approved</h1><section class='css-s'>" + string.Concat(story.Select(p => $"<p>{p}</p>")) + "</section>"
            + $"<div class='css-a'><div class='css-b'><div class='css-c'><p>{Blurb}</p></div></div></div></body></html>";

        var article = Read(html);

        Assert.Equal(string.Join("\n\n", story), article.Body);
    }

    [Fact]
    public void Read_LinkHeavyBoxWithoutSentencesInsideTheStory_LeftOutOfBody()
    {
        // No class word gives the box away, and its first line is not a link: it is furniture by its share of links
        // as a whole (Readability's conditional cleaning), not line by line.
        var box = "<div class='css-x1'><p>Also on the harbour desk this week:</p><p><a href='/a'>Council budget vote delayed</a></p><p><a href='/b'>Bridge works start</a></p></div>";
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + Story[..Story.IndexOf("<p>The operator", StringComparison.Ordinal)]
            + box + Story[Story.IndexOf("<p>The operator", StringComparison.Ordinal)..] + "</div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_TeaserInsideTheStoryThatIsMostlyItsLinkedHeadline_LeftOutButOneWithALongSummaryStays()
    {
        // A teaser whose summary outweighs its linked headline reads as text; one that is mostly its link (a long
        // headline over a one-line summary) reads as a link box.
        var teaser = (string headline, string summary) => $"<div><h3><a href='/{headline.Length}'>{headline}</a></h3><p>{summary}</p></div>";
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + Story
            + teaser("Bridge works start on the east side of the harbour next week", "Read more.")
            + teaser("Fish market moves", "Traders will move to the old customs shed in spring, the harbour board said after a vote on Thursday that ended a long dispute.")
            + "</div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText + "\n\nFish market moves\n\nTraders will move to the old customs shed in spring, the harbour board said after a vote on Thursday that ended a long dispute.", article.Body);
    }

    [Fact]
    public void Read_StoryWrittenInDivsWithASentenceThatIsHalfALink_KeepsTheSentence()
    {
        // A div with nothing block-like inside is a paragraph, not a box to judge by its links.
        var sentence = "According to <a href='/r'>a report the harbour board published</a>, crossings rose by a tenth.";
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + Story.Replace("<p>", "<div>", StringComparison.Ordinal).Replace("</p>", "</div>", StringComparison.Ordinal)
            + "<div>" + sentence + "</div></div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText + "\n\nAccording to a report the harbour board published, crossings rose by a tenth.", article.Body);
    }

    [Fact]
    public void Read_EachParagraphInAWrapperDivAndOneWithALink_KeepsEveryParagraph()
    {
        // A div around one p is that paragraph; judged as a box, this one (a fifth of it linked) would go.
        var wrapped = Story.Replace("<p>", "<div class='css-p'><p>", StringComparison.Ordinal).Replace("</p>", "</p></div>", StringComparison.Ordinal);
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + wrapped
            + "<div class='css-p'><p>The operator said the new timetable, which starts in June, is on <a href='/t'>its website for anyone</a> to read.</p></div></div></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText + "\n\nThe operator said the new timetable, which starts in June, is on its website for anyone to read.", article.Body);
    }

    [Fact]
    public void Read_ResultsTableWhoseNamesAreLinks_StaysInBody()
    {
        // A third of the table's text is links: as a box it would go, but a block with a table is not judged.
        var row = (string name, string party, int votes) => $"<tr><td><a href='/c/{votes}'>{name}</a></td><td>{party}</td><td>{votes}</td></tr>";
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + Story + "<div class='css-r'><table>"
            + row("Ann Lee", "Harbour", 4210) + row("Tom Ruiz", "Civic", 3876) + row("Mia Park", "Green", 1204) + "</table></div></div></body></html>";

        var article = Read(html);

        Assert.EndsWith("Ann Lee Harbour 4210\n\nTom Ruiz Civic 3876\n\nMia Park Green 1204", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinkRichBlockWithTheCommasOfRealSentences_StaysInBody()
    {
        // A third of its text is links, which alone would make it a link box; ten commas make it prose.
        var prose = "<div><p>The <a href='/p'>petition</a>, the <a href='/c'>council's report</a>, the union's letter, the <a href='/o'>operator's plan</a>, "
            + "the hospital's survey, the <a href='/t'>timetable</a>, the fares, the safety case, the <a href='/r'>route map</a>, "
            + "the crew rota, and the <a href='/b'>budget</a> are all published.</p></div>";
        var html = "<html><body><h1>Night ferry approved</h1><div class='css-7'>" + Story + prose + "</div></body></html>";

        var article = Read(html);

        Assert.EndsWith("the crew rota, and the budget are all published.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DatelineOpensStory_TakenOutOfBody()
    {
        var html = "<html><body><h1>Night ferry approved</h1><div class='content'><p>HARBOURTON (Meridian Wire) — The harbour ferry will run through the night from June, the council said.</p>"
            + "<p>The operator said it would recruit eleven deckhands and two skippers before the service begins.</p></div></body></html>";

        var article = Read(html);

        Assert.Equal("HARBOURTON", article.Dateline);
        Assert.Equal("Meridian Wire", article.Source);
        Assert.StartsWith("The harbour ferry will run", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipCompressedPage_ReadsLikePlain()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("page.html.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><body><h1>Night ferry approved</h1>" + Story + "</body></html>"));
        }

        var article = Assert.Single(ArticleReader.ReadFile(path)).Article!;

        Assert.Equal("Night ferry approved", article.Title);
        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_ExternalScriptsImagesStylesheetsAndFrames_NothingIsFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var html = $"""
            <html><head><script src="{origin}/app.js"></script><link rel="stylesheet" href="{origin}/site.css">
            <link rel="preload" href="{origin}/font.woff2"><meta http-equiv="refresh" content="0; url={origin}/next"></head>
            <body><h1>Night ferry approved</h1><img src="{origin}/photo.jpg"><iframe src="{origin}/frame.html"></iframe>
            <object data="{origin}/movie.swf"></object>{Story}</body></html>
            """;

        var article = Read(html);

        // Reading is synchronous, and on loopback the kernel completes a connection's handshake before
        // connect returns, so a reader that fetched anything has left a pending connection by now.
        Assert.Equal(StoryText, article.Body);
        Assert.False(listener.Pending(), "reading a page opened a connection");
    }

    [Fact]
    public void Read_PageWithoutHeadlineOrText_SkippedWithOneWarning()
    {
        var records = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("<html><head><style>p{}</style></head><body><nav><a href='/'>Home</a></nav></body></html>")), "empty.html").ToList();

        var record = Assert.Single(records);
        Assert.Null(record.Article);
        Assert.Contains("no headline or article text", Assert.Single(record.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StoryWithLineBreaksInsideWrapperWithDateClass_KeepsTheBody()
    {
        var html = """
            <html><head><title>Open flow for small logic chips</title></head><body>
            <div class="date-outer"><h2 class="date-header">Sunday, May 8, 2016</h2><div class="date-posts">
            <h3 class="post-title">Open flow for small logic chips</h3>
            <div class="post-body entry-content" itemprop="description articleBody">
            The harbour ferry will run through the night from June, after the council approved a two-year trial.<br><br>
            The decision follows a petition signed by more than 3,000 hospital, hotel and port workers.<br><br>
            The operator said it would recruit eleven additional deckhands and two skippers before the service begins.
            </div></div></div></body></html>
            """;

        var article = Read(html);

        Assert.Contains("recruit eleven additional deckhands", article.Body, StringComparison.Ordinal);
        Assert.StartsWith("The harbour ferry will run", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextInsideJavascriptLink_IsStoryNotLinkText()
    {
        var html = "<html><head><title>Night ferry approved</title></head><body><a href=\"javascript:\">" + Story + "</a></body></html>";

        var article = Read(html);

        Assert.Equal(StoryText, article.Body);
    }

    [Fact]
    public void Read_NoContainerReadsAsStory_BodyIsThePageTextNotEmpty()
    {
        var html = "<html><head><title>Gallery of the night ferry</title></head><body><article><h2>Deck one</h2><img src=a.jpg><h2>Deck two</h2><img src=b.jpg></article></body></html>";

        var article = Read(html);

        Assert.Equal("Deck one\n\nDeck two", article.Body);
    }

    [Fact]
    public void Read_BodyFarShorterThanTheProseOnThePage_WarnsNamingTheFile()
    {
        var comment = "<p>I have taken this ferry for years and the night service will change the way the whole harbour district works, for better or worse.</p>";
        var html = "<html><head><title>Night ferry approved</title></head><body><article><h1>Night ferry approved</h1>"
            + "<p>The harbour ferry will run through the night from June, after the council approved a two-year trial on Tuesday.</p>"
            + "<p>The operator said it would recruit eleven additional deckhands.</p></article>"
            + "<section class=\"comments\">" + string.Concat(Enumerable.Repeat(comment, 12)) + "</section></body></html>";

        var record = Assert.Single(ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), "saved/night-ferry.html"));

        Assert.StartsWith("The harbour ferry will run", record.Article!.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("I have taken this ferry", record.Article.Body, StringComparison.Ordinal);
        var warning = Assert.Single(record.Warnings);
        Assert.StartsWith("saved/night-ferry.html: the article body is suspiciously short", warning.ToString(), StringComparison.Ordinal);
    }
}
