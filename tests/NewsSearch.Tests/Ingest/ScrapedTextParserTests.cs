using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using NewsSearch.Ingest;
using NewsSearch.Ingest.Readers;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Ingest;

public sealed class ScrapedTextParserTests
{
    private const string SeedTitle = "Nat. ambassadors demand China's accountability for human rights abuses in Xinjiang";

    [SharedDataFact]
    public void Parse_SeedArticle_ReadsHeaderFields()
    {
        var text = ReadSeed();

        var article = Parse(text);

        Assert.Equal(SeedTitle, article.Title);
        Assert.Equal(
            "Ambassadors from Canada and European governments sent a letter petitioning an audience with the Communist Party chief in Xinjiang",
            article.Subtitle);
        Assert.Equal("Taiwan News", article.Source);
        Assert.Equal("TAIPEI", article.Dateline);
        Assert.Null(article.Byline);
        Assert.Null(article.Published);
    }

    [SharedDataFact]
    public void Parse_SeedArticle_KeepsOnlyCreditedCaptions()
    {
        var text = ReadSeed();

        var article = Parse(text);

        Assert.Equal(
            [
                "A Xinjiang woman facing a riot squad in 2017 (AP photo)",
                "Chen Quanguo, CCP chief of the Xinjiang Uyghur Autonomous Region (Associated Press Image)",
            ],
            article.Captions);
    }

    [SharedDataFact]
    public void Parse_SeedArticle_BodyIsTheStoryOnly()
    {
        var text = ReadSeed();

        var article = Parse(text);

        Assert.StartsWith("Fifteen ambassadors to China have sent a letter", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("reports Associated Press.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Directory of Taiwan", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("riot squad", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Associated Press Image", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedTitle, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("TAIPEI", article.Body, StringComparison.Ordinal);
        Assert.Equal(9, article.Body.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t\r\n  \n")]
    public void Parse_NoText_ReturnsNull(string text)
    {
        var article = ScrapedTextParser.Parse(text, _ => { });

        Assert.Null(article);
    }

    [Fact]
    public void Parse_TextWithoutCues_FirstLineTitleRestBody()
    {
        var text = """
            Ink helps drive democracy in Asia

            The Kyrgyz Republic is using invisible ink in its elections to prevent multiple voting.

            The ink is sprayed on a person's left thumb.
            """;

        var article = Parse(text);

        Assert.Equal("Ink helps drive democracy in Asia", article.Title);
        Assert.Equal(
            "The Kyrgyz Republic is using invisible ink in its elections to prevent multiple voting.\n\nThe ink is sprayed on a person's left thumb.",
            article.Body);
        Assert.Null(article.Subtitle);
        Assert.Null(article.Byline);
        Assert.Null(article.Dateline);
        Assert.Null(article.Source);
        Assert.Null(article.Published);
        Assert.Empty(article.Captions);
    }

    [Fact]
    public void Parse_SingleLine_IsTitleWithEmptyBody()
    {
        var article = Parse("Markets close higher");

        Assert.Equal("Markets close higher", article.Title);
        Assert.Equal("", article.Body);
    }

    [Fact]
    public void Parse_CrLfLineEndings_ReadsLikeLf()
    {
        var text = """
            • World

            Storm floods coastal towns

            By Jane Doe

            MANILA (AP) — Heavy rain flooded coastal towns on Sunday.

            Rescue crews reached the worst-hit villages by boat.
            """;

        var lf = Parse(text);
        var crlf = Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal("Storm floods coastal towns", crlf.Title);
        Assert.Equal("Jane Doe", crlf.Byline);
        Assert.Equal("MANILA", crlf.Dateline);
        Assert.Equal("Heavy rain flooded coastal towns on Sunday.\n\nRescue crews reached the worst-hit villages by boat.", crlf.Body);
        Assert.Equal(lf, crlf with { Captions = lf.Captions, Tags = lf.Tags });
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "AP", "The Senate voted on Tuesday.")]
    [InlineData("LONDON, March 3 (Reuters) - Oil prices rose on Monday.", "LONDON", "Reuters", "Oil prices rose on Monday.")]
    [InlineData("BEIJING — China said it would respond.", "BEIJING", null, "China said it would respond.")]
    [InlineData("KABUL, Afghanistan — A bomb exploded near the ministry.", "KABUL, Afghanistan", null, "A bomb exploded near the ministry.")]
    [InlineData("TAIPEI (Taiwan News) – Fifteen ambassadors sent a letter.", "TAIPEI", "Taiwan News", "Fifteen ambassadors sent a letter.")]
    [InlineData("NEW YORK, 3 March (Reuters) -- Stocks fell.", "NEW YORK", "Reuters", "Stocks fell.")]
    [InlineData("PHOENIX, Ariz. (AP) — Crews battled a wildfire.", "PHOENIX, Ariz.", "AP", "Crews battled a wildfire.")]
    public void Parse_DatelineOpensStory_TakesPlaceAndAgencyOutOfBody(string lede, string dateline, string? source, string bodyStart)
    {
        var text = $"Headline about the news\n\n{lede}\n\nA second paragraph follows.";

        var article = Parse(text);

        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(source, article.Source);
        Assert.Equal(bodyStart + "\n\nA second paragraph follows.", article.Body);
    }

    [Theory]
    [InlineData("US — and its allies — agreed on sanctions.")]
    [InlineData("NATO said the drills would go ahead.")]
    [InlineData("UN peacekeepers - a force of 900 - withdrew.")]
    public void Parse_CapitalisedProseOpensStory_NoDateline(string lede)
    {
        var text = $"Allies agree on sanctions\n\n{lede}\n\nMore follows.";

        var article = Parse(text);

        Assert.Null(article.Dateline);
        Assert.Null(article.Source);
        Assert.StartsWith(lede, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DatelineShapeLaterInBody_LeftInPlace()
    {
        var text = "Headline about the news\n\nThe first paragraph has no dateline.\n\nNor has the second.\n\nBEIJING — China later said it would respond.";

        var article = Parse(text);

        Assert.Null(article.Dateline);
        Assert.EndsWith("Nor has the second.\n\nBEIJING — China later said it would respond.", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("By Jane Doe and John Roe, Associated Press", "Jane Doe and John Roe", "Associated Press")]
    [InlineData("Jane Doe | Reporter", "Jane Doe", null)]
    [InlineData("By Jane Doe | Reuters", "Jane Doe", "Reuters")]
    [InlineData("By Jane Doe, Staff Writer", "Jane Doe", null)]
    [InlineData("BY MARY O'NEIL-SMITH and J.R. de la Cruz", "MARY O'NEIL-SMITH and J.R. de la Cruz", null)]
    [InlineData("By Jane Doe | Reuters | March 3, 2019", "Jane Doe", "Reuters")]
    public void Parse_BylineUnderHeadline_ReadsNamesAndAgency(string line, string byline, string? source)
    {
        var text = $"Council approves new budget\n\n{line}\n\nThe council approved the budget on Monday.";

        var article = Parse(text);

        Assert.Equal(byline, article.Byline);
        Assert.Equal(source, article.Source);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_BylineAgencyAndDatelineAgency_DatelineWins()
    {
        var text = "Council approves new budget\n\nBy Jane Doe, Associated Press\n\nWASHINGTON (Reuters) — The council voted.";

        var article = Parse(text);

        Assert.Equal("Reuters", article.Source);
        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Parse_ProseStartingWithBy_KeptInBody()
    {
        var text = """
            River bursts its banks

            By Tuesday evening, the river had risen two metres.

            Residents were told to leave.

            By Jane Doe

            By the Numbers

            Rain is expected to ease on Thursday.
            """;

        var article = Parse(text);

        Assert.Null(article.Byline);
        Assert.Equal(
            "By Tuesday evening, the river had risen two metres.\n\nResidents were told to leave.\n\nBy Jane Doe\n\nBy the Numbers\n\nRain is expected to ease on Thursday.",
            article.Body);
    }

    [Theory]
    [InlineData("Protesters march in Hong Kong on Sunday. (AP Photo/Kin Cheung)", "Protesters march in Hong Kong on Sunday. (AP Photo/Kin Cheung)")]
    [InlineData("The damaged bridge (Getty Images)", "The damaged bridge (Getty Images)")]
    [InlineData("The minister in 2015 (File photo)", "The minister in 2015 (File photo)")]
    [InlineData("Rescue workers at the site (Reuters)", "Rescue workers at the site (Reuters)")]
    [InlineData("Photo: Jane Doe/Reuters", "Photo: Jane Doe/Reuters")]
    [InlineData("Credit: Getty Images", "Credit: Getty Images")]
    [InlineData("Image caption Firefighters worked through the night", "Firefighters worked through the night")]
    [InlineData("Crowds outside parliament. Photograph: Jane Doe/AP", "Crowds outside parliament. Photograph: Jane Doe/AP")]
    [InlineData("The new wing seen from the garden. Credit: Elm Row Library Trust", "The new wing seen from the garden. Credit: Elm Row Library Trust")]
    public void Parse_CreditedCaption_MovedOutOfBody(string line, string caption)
    {
        var text = $"Bridge collapses after storm\n\nThe bridge collapsed on Monday night.\n\n{line}\n\nEngineers will inspect it.";

        var article = Parse(text);

        Assert.Equal([caption], article.Captions);
        Assert.Equal("The bridge collapsed on Monday night.\n\nEngineers will inspect it.", article.Body);
    }

    [Fact]
    public void Parse_AltTextBesideCreditedCaption_OneCaptionNoBodyLine()
    {
        var text = """
            Bridge collapses after storm

            The wreckage of the bridge on Tuesday

            The wreckage of the bridge on Tuesday (AP Photo)

            The bridge collapsed on Monday night.
            """;

        var article = Parse(text);

        Assert.Equal(["The wreckage of the bridge on Tuesday (AP Photo)"], article.Captions);
        Assert.Equal("The bridge collapsed on Monday night.", article.Body);
        Assert.Null(article.Subtitle);
    }

    [Fact]
    public void Parse_HeadlineAnnouncingGallery_NotACaption()
    {
        var text = "Floods sweep the north (Photos)\n\nHeavy rain fell for three days.";

        var article = Parse(text);

        Assert.Equal("Floods sweep the north (Photos)", article.Title);
        Assert.Empty(article.Captions);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Read more: Council approves new budget")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Subscribe")]
    [InlineData("We use cookies to improve your experience. Accept cookies to continue.")]
    [InlineData("Related: Storm floods coastal towns")]
    [InlineData("Share  Tweet  Email")]
    [InlineData("© 2019 Example News. All rights reserved.")]
    [InlineData("Already a subscriber? Log in")]
    [InlineData("Subscribe now for unlimited access to our journalism")]
    [InlineData("This site uses cookies. By continuing to browse you agree to our use of cookies.")]
    public void Parse_BoilerplateLine_Dropped(string line)
    {
        var text = $"Council approves new budget\n\nThe council approved the budget on Monday.\n\n{line}\n\nSpending rises by 3%.";

        var article = Parse(text);

        Assert.Equal("The council approved the budget on Monday.\n\nSpending rises by 3%.", article.Body);
    }

    [Theory]
    [InlineData("Read more books, the minister urged parents.")]
    [InlineData("Subscribers rose 10% in the quarter.")]
    [InlineData("Related companies also gained.")]
    [InlineData("By using the drug, patients agree to regular tests.")]
    public void Parse_ProseResemblingBoilerplate_Kept(string line)
    {
        var text = $"Council approves new budget\n\nThe council approved the budget on Monday.\n\n{line}\n\nSpending rises by 3%.";

        var article = Parse(text);

        Assert.Equal($"The council approved the budget on Monday.\n\n{line}\n\nSpending rises by 3%.", article.Body);
    }

    [Fact]
    public void Parse_LondonMarketsSample_ReadsSlashDateStampAndDateline()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "articles", "scraped", "london-markets-emergency-cut.txt");

        var article = Parse(File.ReadAllText(path));

        Assert.Equal(new DateTimeOffset(2020, 3, 3, 17, 42, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal("Eastgate Press", article.Source);
        Assert.StartsWith("British government bond yields fell", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Published: 12 March 2019", "2019-03-12T00:00:00Z")]
    [InlineData("Mar 3, 2019 10:15 AM", "2019-03-03T10:15:00Z")]
    [InlineData("Updated 5 March 2019", "2019-03-05T00:00:00Z")]
    [InlineData("Tuesday, 12 March 2019, 14:02 GMT", "2019-03-12T14:02:00Z")]
    [InlineData("Posted on March 3, 2019 at 9:30 PM EST", "2019-03-04T02:30:00Z")]
    [InlineData("2019-03-12", "2019-03-12T00:00:00Z")]
    [InlineData("March 3, 2020 / 5:42 PM / Updated", "2020-03-03T17:42:00Z")]
    [InlineData("March 3, 2020 / 5:42 PM", "2020-03-03T17:42:00Z")]
    [InlineData("January 18, 2024 — 9.30am", "2024-01-18T09:30:00Z")]
    public void Parse_DateStampLine_IsPublishedNotBody(string line, string expected)
    {
        var text = $"Council approves new budget\n\n{line}\n\nThe council approved the budget on Monday.";

        var article = Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), article.Published);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_PublishedAndUpdatedStamps_KeepsFirstPublication()
    {
        var text = "Council approves new budget\n\nUpdated: 14 March 2019\n\nPublished: 12 March 2019\n\nThe council approved the budget.";

        var article = Parse(text);

        Assert.Equal(new DateTimeOffset(2019, 3, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Parse_BareMonthAndDay_NoYearInvented()
    {
        var text = "Council approves new budget\n\nMarch 3\n\nThe council approved the budget.";

        var article = Parse(text);

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_DekWithoutFinalPeriod_IsSubtitle()
    {
        var text = """
            Council approves new budget

            Spending on schools and roads rises for the third year running

            The council approved the budget on Monday.
            """;

        var article = Parse(text);

        Assert.Equal("Spending on schools and roads rises for the third year running", article.Subtitle);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_SentenceDekFollowedByByline_IsSubtitle()
    {
        var text = """
            Council approves new budget

            Spending on schools and roads rises for the third year running.

            By Jane Doe

            The council approved the budget on Monday.
            """;

        var article = Parse(text);

        Assert.Equal("Spending on schools and roads rises for the third year running.", article.Subtitle);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_SentenceLedeWithoutCue_StaysInBody()
    {
        var text = """
            Council approves new budget

            The council approved the budget on Monday.

            Spending rises by 3%.
            """;

        var article = Parse(text);

        Assert.Null(article.Subtitle);
        Assert.Equal("The council approved the budget on Monday.\n\nSpending rises by 3%.", article.Body);
    }

    [Fact]
    public void Parse_NavigationAboveHeadline_Skipped()
    {
        var text = """
            Home
            News
            World
            Asia

            News | Sport | Weather | Travel

            » Latest headlines

            Council approves new budget

            The council approved the budget on Monday.
            """;

        var article = Parse(text);

        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_BulletedPointsInStory_Kept()
    {
        var text = """
            Council approves new budget

            The budget includes three measures:

            • Schools receive an extra £2m next year.
            • Bus fares are frozen until 2021.

            The vote was close.
            """;

        var article = Parse(text);

        Assert.Contains("• Schools receive an extra £2m next year.\n• Bus fares are frozen until 2021.", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("The vote was close.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelatedHeadlinesAfterStory_Dropped()
    {
        var text = """
            Council approves new budget

            The council approved the budget on Monday.

            Spending rises by 3%.

            Related stories

            Mayor Faces Questions Over Bus Contract

            new library opens in the old town hall

            Council approves new budget
            """;

        var article = Parse(text);

        Assert.Equal("The council approved the budget on Monday.\n\nSpending rises by 3%.", article.Body);
    }

    [Fact]
    public void Parse_TitleCaseHeadlinesAfterStory_Dropped()
    {
        var text = """
            Council approves new budget

            The council approved the budget on Monday.

            Spending rises by 3%.

            Mayor Faces Questions Over Bus Contract
            New Library Opens in the Old Town Hall
            """;

        var article = Parse(text);

        Assert.Equal("The council approved the budget on Monday.\n\nSpending rises by 3%.", article.Body);
    }

    [Fact]
    public void Parse_ShortSentenceCaseEnding_Kept()
    {
        var text = "Council approves new budget\n\nThe council approved the budget on Monday.\n\nAdditional reporting by Jane Doe";

        var article = Parse(text);

        Assert.EndsWith("Additional reporting by Jane Doe", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneParagraphPerLine_JoinsParagraphsWithBlankLine()
    {
        var text = "Council approves new budget\nThe council approved the budget on Monday after a long debate in the chamber.\nSpending rises by 3%.";

        var article = Parse(text);

        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal("The council approved the budget on Monday after a long debate in the chamber.\n\nSpending rises by 3%.", article.Body);
    }

    [Fact]
    public void Parse_HardWrappedParagraph_StaysOneParagraph()
    {
        var text = """
            Council approves new budget

            The council approved the budget on Monday after a
            long debate in which members argued over the cost of
            the new bus contract.

            Spending rises by 3%.
            """;

        var article = Parse(text);

        Assert.Null(article.Subtitle);
        Assert.Equal(
            "The council approved the budget on Monday after a\nlong debate in which members argued over the cost of\nthe new bus contract.\n\nSpending rises by 3%.",
            article.Body);
    }

    [Fact]
    public void Parse_HeaderForm_ReadsEveryField()
    {
        var text = """
            Title: Council approves new budget
            Subtitle: Spending rises for the third year
            By: Jane Doe
            Date: 2019-03-12
            Source: Example Gazette
            Dateline: LEEDS
            Section: politics
            Tags: budget, council , schools,
            URL: https://example.com/budget
            Language: en

            The council approved the budget on Monday.

            Spending rises by 3%.
            """;
        var warnings = new List<string>();

        var article = Parse(text, warnings);

        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal("Spending rises for the third year", article.Subtitle);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2019, 3, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Example Gazette", article.Source);
        Assert.Equal("LEEDS", article.Dateline);
        Assert.Equal("politics", article.Section);
        Assert.Equal(["budget", "council", "schools"], article.Tags);
        Assert.Equal("https://example.com/budget", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal("The council approved the budget on Monday.\n\nSpending rises by 3%.", article.Body);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_HeaderFormAliases_ReadLikeMainKeys()
    {
        var text = "Headline: Council approves new budget\nAuthor: Jane Doe\nPublished: 12 March 2019\n\nThe council approved the budget.";

        var article = Parse(text);

        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2019, 3, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The council approved the budget.", article.Body);
    }

    [Fact]
    public void Parse_HeaderFormBadDate_WarnsAndLeavesDateOut()
    {
        var text = "Title: Council approves new budget\nDate: last Tuesday\n\nThe council approved the budget.";
        var warnings = new List<string>();

        var article = Parse(text, warnings);

        Assert.Null(article.Published);
        Assert.Equal(["field 'date': cannot read 'last Tuesday' as a date"], warnings);
        Assert.Equal("Council approves new budget", article.Title);
    }

    [Fact]
    public void Parse_HeaderFormWithoutTitle_TakesTitleFromText()
    {
        var text = "Source: Example Gazette\n\nCouncil approves new budget\n\nThe council approved the budget.";

        var article = Parse(text);

        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal("Example Gazette", article.Source);
        Assert.Equal("The council approved the budget.", article.Body);
    }

    [Fact]
    public void Parse_FirstLineWithColonButNotHeader_IsTitle()
    {
        var text = "Title: a memoir, reviewed\nThe book is a slow read.\n\nIt is worth it.";

        var article = Parse(text);

        Assert.Equal("Title: a memoir, reviewed", article.Title);
    }

    [Fact]
    public void Parse_WireStoryPage_ReadsStoryAndDropsPageFurniture()
    {
        var text = ReadTestData("wire-story-page.txt");

        var article = Parse(text);

        Assert.Equal("Senate passes harbour dredging bill after marathon session", article.Title);
        Assert.Equal("Supporters say the measure is the largest port investment in a generation", article.Subtitle);
        Assert.Equal("ANNA PETROVA and MARK O'CONNOR", article.Byline);
        Assert.Equal("AP", article.Source);
        Assert.Equal("SPRINGFIELD", article.Dateline);
        Assert.Equal(new DateTimeOffset(2022, 8, 8, 3, 42, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["The harbour master speaks to reporters on the quay. (AP Photo/Sam Lee)"], article.Captions);
        Assert.Equal(
            "Lawmakers pushed the harbour package to Senate passage Sunday, a hard-fought compromise smaller than the governor's original plan."
            + "\n\nThe bill now goes to the House, where members are expected to approve it Friday."
            + "\n\n\"It's been a long, hard and winding road,\" the majority leader said."
            + "\n\nBy a vote of 51-50, the Senate approved the measure."
            + "\n\nAssociated Press writer Tom Fields contributed to this report.",
            article.Body);
    }

    [Fact]
    public void Parse_FeaturePage_ReadsUnmarkedBylineBesideDateStamp()
    {
        var text = ReadTestData("feature-page.txt");

        var article = Parse(text);

        Assert.Equal("Record heat hits the valley as grass fires spread", article.Title);
        Assert.Equal("Temperatures passed 40C in several towns, with firefighters battling blazes near the reservoir", article.Subtitle);
        Assert.Equal("Jane Doe and John Roe", article.Byline);
        Assert.Equal(new DateTimeOffset(2022, 7, 12, 13, 5, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["Firefighters tackle a blaze near the reservoir. Photograph: Ana Ruiz/Reuters"], article.Captions);
        Assert.Equal(
            "Temperatures soared across the valley on Tuesday as firefighters battled grass fires on three hillsides."
            + "\n\nThe heatwave is expected to last until the weekend.\n\nMeteorologists warned that records could fall.",
            article.Body);
    }

    [Fact]
    public void Parse_BroadcasterPage_ReadsLabelledCaptionAndDropsRelatedLinks()
    {
        var text = ReadTestData("broadcaster-page.txt");

        var article = Parse(text);

        Assert.Equal("Harbour vote: Councillors reject the dredging deal for a third time", article.Title);
        Assert.Equal(new DateTimeOffset(2019, 3, 29, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(["The council leader had promised to resign if the deal passed"], article.Captions);
        Assert.Equal(
            "Councillors have rejected the harbour dredging agreement for a third time, by 34 votes to 28."
            + "\n\nThe council now has until 12 April to say what it plans to do next.",
            article.Body);
        Assert.Null(article.Subtitle);
    }

    [Fact]
    public void Parse_AgencyPage_FindsDatelinePastReadingTime()
    {
        var text = ReadTestData("agency-page.txt");

        var article = Parse(text);

        Assert.Equal("Oil falls as demand worries outweigh supply cuts", article.Title);
        Assert.Equal("Noor Haddad", article.Byline);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal("LONDON", article.Dateline);
        Assert.StartsWith("Oil prices fell on Monday", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("Reporting by Noor Haddad; Editing by Paul Grant", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortLinesBetweenHeaderAndDateline_Dropped()
    {
        var text = "Storm floods coastal towns\n\nListen now\n\nGift this article\n\nMANILA (AP) — Heavy rain flooded coastal towns.";

        var article = Parse(text);

        Assert.Equal("MANILA", article.Dateline);
        Assert.Equal("Heavy rain flooded coastal towns.", article.Body);
    }

    [Fact]
    public void Parse_SentenceBeforeLaterDateline_Kept()
    {
        var text = "Storm floods coastal towns\n\nA short note.\n\nMore here\n\nMANILA (AP) — Heavy rain flooded coastal towns.";

        var article = Parse(text);

        Assert.Null(article.Dateline);
        Assert.StartsWith("A short note.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KickerAboveHeadline_Skipped()
    {
        var text = "Politics\n\nCouncil approves new budget after long debate\n\nThe council approved the budget on Monday.";

        var article = Parse(text);

        Assert.Equal("Council approves new budget after long debate", article.Title);
        Assert.Equal("The council approved the budget on Monday.", article.Body);
    }

    [Fact]
    public void Parse_FixtureListAboveStory_FirstLineStaysTitle()
    {
        var text = "Leeds v Saracens (Fri)\n\nHeadingley\n\nFriday, 25 February\n\n2000 GMT\n\nThe Tykes have brought in a prop on loan.";

        var article = Parse(text);

        Assert.Equal("Leeds v Saracens (Fri)", article.Title);
        Assert.StartsWith("Headingley", article.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Parse_BbcCorpus_KeepsHeadlineAndEveryStoryParagraph()
    {
        var path = SharedData.File("corpora/bbc-news/raw/bbc-fulltext.tar.gz");
        Assert.True(path is not null, "../shared/corpora/bbc-news/raw/bbc-fulltext.tar.gz is missing although ../shared exists");
        var problems = new List<string>();
        var articles = 0;
        var subtitles = 0;

        foreach (var (name, text) in ReadTarGz(path))
        {
            articles++;
            var article = Parse(text);
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var expectedBody = TextCleanup.Body(string.Join("\n", lines.Skip(1)));
            var body = TextCleanup.Body(article.Body);
            if (article.Subtitle is not null)
            {
                subtitles++;
                body = article.Subtitle + "\n\n" + body;
            }

            if (article.Title != lines[0].Trim() || body != expectedBody || article.Byline is not null
                || article.Dateline is not null || article.Source is not null || article.Captions.Count > 0)
            {
                problems.Add(name);
            }
        }

        // These files are a headline then paragraphs, with no page furniture: nothing may be lost or moved,
        // except a handful of unpunctuated ledes that read as deks.
        Assert.Equal(2225, articles);
        Assert.Empty(problems);
        Assert.InRange(subtitles, 0, 10);
    }

    private static IEnumerable<(string Name, string Text)> ReadTarGz(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            yield return (entry.Name, reader.ReadToEnd());
        }
    }

    private static string ReadTestData(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "scraped", name));

    private static string ReadSeed()
    {
        var path = SharedData.File("fixtures/seed-article.txt");
        Assert.True(path is not null, "../shared/fixtures/seed-article.txt is missing although ../shared exists");
        return File.ReadAllText(path);
    }

    private static NewsArticle Parse(string text, List<string>? warnings = null)
    {
        var article = ScrapedTextParser.Parse(text, message => warnings?.Add(message));
        Assert.NotNull(article);
        Assert.Equal("", article.Id);
        return article;
    }
}
