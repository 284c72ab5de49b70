using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Indexing;

/// <summary>Maps a <see cref="NewsArticle"/> to the Lucene document of the schema, and a stored document back.</summary>
internal static class ArticleDocumentMapper
{
    /// <summary>
    /// Analysed, stored text with positions (phrases, proximity) but no offsets in the postings:
    /// snippets find their offsets by analysing the few hits' text again (Highlighting/TokenMatches),
    /// which keeps the index a sixth smaller.
    /// </summary>
    private static readonly FieldType TextWithPositions = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>The same, not stored: for the title, whose one copy is the result list's doc values (see <see cref="ArticleTitle"/>).</summary>
    private static readonly FieldType TextWithPositionsNotStored = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>
    /// A text field's forms twin (see Analysis/ExactForms): stop words and the endings stemming
    /// removed, at the text field's positions, for quoted phrases. Not stored, and no norms: it only
    /// filters, the text field scores.
    /// </summary>
    private static readonly FieldType Forms = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>A whole value as one normalised term (see KeywordNormalizingAnalyzer), stored as given.</summary>
    private static readonly FieldType NormalizedKeyword = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>The same, not stored: for the cut term of a value stored whole beside it.</summary>
    private static readonly FieldType NormalizedKeywordTerm = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private static readonly char[] AuthorSeparators = [',', ';', '&'];

    public static Document ToDocument(NewsArticle article)
    {
        var document = new Document
        {
            new StringField(FieldNames.Id, article.Id, Field.Store.YES),
            new BinaryDocValuesField(FieldNames.ListId, new BytesRef(article.Id)),
        };
        // Terms and doc values past Lucene's 32,766 bytes would abort the whole batch: they hold a
        // value cut to FieldLimits.MaxKeywordBytes, while the stored field keeps it whole. Readers
        // already cut such values with a warning; this guards articles that come through the API.
        if (article.Url is { } url)
        {
            var term = FieldLimits.Cut(url);
            if (ReferenceEquals(term, url))
            {
                document.Add(new StringField(FieldNames.Url, url, Field.Store.YES));
            }
            else
            {
                document.Add(new StoredField(FieldNames.Url, url));
                document.Add(new StringField(FieldNames.Url, term, Field.Store.NO));
            }

            document.Add(new BinaryDocValuesField(FieldNames.ListUrl, new BytesRef(term)));
        }

        if (article.Title is { } title)
        {
            var cut = FieldLimits.Cut(title);
            AddText(document, FieldNames.Title, title, TextWithPositionsNotStored);
            document.Add(new BinaryDocValuesField(FieldNames.ListTitle, new BytesRef(cut)));
            if (ArticleTitle.MustStore(title, cut))
            {
                document.Add(new StoredField(FieldNames.Title, title));
            }
        }

        AddText(document, FieldNames.Subtitle, article.Subtitle);
        AddText(document, FieldNames.Dateline, article.Dateline);
        AddText(document, FieldNames.Body, article.Body.Length == 0 ? null : article.Body);
        foreach (var caption in article.Captions)
        {
            AddText(document, FieldNames.Captions, caption);
        }

        if (article.Byline is { } byline)
        {
            AddText(document, FieldNames.Byline, byline);
            document.Add(new BinaryDocValuesField(FieldNames.ListByline, new BytesRef(FieldLimits.Cut(byline))));
            foreach (var author in SplitAuthors(byline))
            {
                document.Add(new SortedSetDocValuesField(FieldNames.FacetByline, new BytesRef(FieldLimits.Cut(author))));
            }
        }

        AddKeyword(document, FieldNames.Source, FieldNames.FacetSource, article.Source);
        AddKeyword(document, FieldNames.Section, FieldNames.FacetSection, article.Section);
        AddKeyword(document, FieldNames.Language, FieldNames.FacetLanguage, article.Language);
        foreach (var tag in article.Tags)
        {
            AddKeyword(document, FieldNames.Tags, FieldNames.FacetTags, tag);
        }

        if (article.Published is { } published)
        {
            var millis = published.ToUnixTimeMilliseconds();
            document.Add(new StoredField(FieldNames.Published, millis));
            document.Add(new NumericDocValuesField(FieldNames.Published, millis));
        }

        NearDuplicates.SketchField.AddTo(document, article);
        return document;
    }

    /// <summary>The whole article of the top-level <paramref name="docId"/>: its stored fields and the title's doc values.</summary>
    public static NewsArticle Read(IndexReader reader, int docId)
    {
        var document = reader.Document(docId);
        return FromDocument(document, ArticleTitle.Read(reader, docId, document.Get(FieldNames.Title, CultureInfo.InvariantCulture)));
    }

    private static NewsArticle FromDocument(Document document, string? title) => new()
    {
        Id = document.Get(FieldNames.Id, CultureInfo.InvariantCulture) ?? "",
        Url = document.Get(FieldNames.Url, CultureInfo.InvariantCulture),
        Title = title,
        Subtitle = document.Get(FieldNames.Subtitle, CultureInfo.InvariantCulture),
        Byline = document.Get(FieldNames.Byline, CultureInfo.InvariantCulture),
        Source = document.Get(FieldNames.Source, CultureInfo.InvariantCulture),
        Dateline = document.Get(FieldNames.Dateline, CultureInfo.InvariantCulture),
        Published = document.GetField(FieldNames.Published)?.GetInt64Value() is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null,
        Section = document.Get(FieldNames.Section, CultureInfo.InvariantCulture),
        Tags = document.GetValues(FieldNames.Tags, CultureInfo.InvariantCulture),
        Body = document.Get(FieldNames.Body, CultureInfo.InvariantCulture) ?? "",
        Captions = document.GetValues(FieldNames.Captions, CultureInfo.InvariantCulture),
        Language = document.Get(FieldNames.Language, CultureInfo.InvariantCulture),
    };

    /// <summary>Splits "Jane Doe and John Roe, Ann Poe" into authors for the byline facet.</summary>
    public static IEnumerable<string> SplitAuthors(string byline) =>
        byline.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split(AuthorSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal);

    private static void AddText(Document document, string name, string? value, FieldType? type = null)
    {
        if (value is not null)
        {
            document.Add(new Field(name, value, type ?? TextWithPositions));
            document.Add(new Field(Analysis.ExactForms.FieldOf(name), value, Forms));
        }
    }

    private static void AddKeyword(Document document, string name, string facetName, string? value)
    {
        if (value is not null)
        {
            var term = FieldLimits.Cut(value);
            if (ReferenceEquals(term, value))
            {
                document.Add(new Field(name, value, NormalizedKeyword));
            }
            else
            {
                document.Add(new StoredField(name, value));
                document.Add(new Field(name, term, NormalizedKeywordTerm));
            }

            document.Add(new SortedSetDocValuesField(facetName, new BytesRef(term)));
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
