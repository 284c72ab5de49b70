namespace NewsSearch.Ingest.Readers;

/// <summary>Reads one article from a plain-text file: an explicit header form or a scraped web page.</summary>
internal static class PlainTextArticleReader
{
    public static ArticleRecord Read(string text, string path)
    {
        var warnings = new List<ReadWarning>();
        var parsed = ScrapedTextParser.Parse(text, message => warnings.Add(new ReadWarning(path, null, message)));
        if (parsed is null)
        {
            warnings.Add(new ReadWarning(path, null, "skipped: no text to index"));
            return new ArticleRecord { Path = path, Warnings = warnings };
        }

        var article = parsed with
        {
            Title = TextCleanup.Field(parsed.Title),
            Subtitle = TextCleanup.Field(parsed.Subtitle),
            Byline = TextCleanup.Field(parsed.Byline),
            Source = TextCleanup.Field(parsed.Source),
            Dateline = TextCleanup.Field(parsed.Dateline),
            Section = TextCleanup.Field(parsed.Section),
            Url = TextCleanup.Field(parsed.Url),
            Language = TextCleanup.Field(parsed.Language),
            Tags = TextCleanup.List(parsed.Tags),
            Captions = TextCleanup.List(parsed.Captions),
            Body = TextCleanup.Body(parsed.Body),
        };
        if (string.IsNullOrEmpty(article.Id))
        {
            article = article with { Id = ArticleIds.Derive(article) };
        }

        return new ArticleRecord { Article = article, Path = path, Warnings = warnings };
    }
}
