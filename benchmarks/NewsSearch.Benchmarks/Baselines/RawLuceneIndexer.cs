using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Analysis;

namespace NewsSearch.Benchmarks.Baselines;

/// <summary>
/// Raw Lucene.NET indexing, written the way the Lucene.NET docs and demo write it: one thread,
/// <c>FSDirectory.Open</c>, <c>IndexWriter.AddDocument</c>, one commit at the end.
/// </summary>
internal static class RawLuceneIndexer
{
    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static readonly FieldType TextWithPositions = Frozen(new FieldType(TextField.TYPE_STORED));

    private static readonly FieldType TextNotStored = Frozen(new FieldType(TextField.TYPE_NOT_STORED));

    private static readonly FieldType Keyword = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>
    /// The same fields, field types, doc values and analysis as NewsSearch's schema (the analyzer is
    /// the library's own NewsAnalyzer), so the difference is the wrapper.
    /// </summary>
    public static long IndexSameSchema(string jsonlPath, string indexPath, double ramBufferMb = 64, SchemaVariant variant = SchemaVariant.Same)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, NewsAnalyzer.Create())
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = ramBufferMb,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        long count = 0;
        foreach (var article in RawArticle.ReadJsonl(jsonlPath))
        {
            writer.AddDocument(SameSchemaDocument(article, variant));
            count++;
        }

        writer.Commit();
        return count;
    }

    /// <summary>The minimal schema: title, dateline and body as stored <c>TextField</c>s with Lucene's EnglishAnalyzer.</summary>
    public static long IndexMinimalSchema(string jsonlPath, string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new EnglishAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.CREATE };
        using var writer = new IndexWriter(directory, config);
        long count = 0;
        foreach (var article in RawArticle.ReadJsonl(jsonlPath))
        {
            var document = new Document();
            if (article.Title is not null)
            {
                document.Add(new TextField("title", article.Title, Field.Store.YES));
            }

            if (article.Dateline is not null)
            {
                document.Add(new TextField("dateline", article.Dateline, Field.Store.YES));
            }

            if (article.Body is not null)
            {
                document.Add(new TextField("body", article.Body, Field.Store.YES));
            }

            writer.AddDocument(document);
            count++;
        }

        writer.Commit();
        return count;
    }

    public static Document SameSchemaDocument(RawArticle article, SchemaVariant variant = SchemaVariant.Same)
    {
        var text = variant switch
        {
            SchemaVariant.WithOffsets => TextWithOffsets,
            SchemaVariant.NotStored => TextNotStored,
            _ => TextWithPositions,
        };
        var docValues = variant != SchemaVariant.NoDocValues;
        var document = new Document
        {
            new StringField("id", article.Id, Field.Store.YES),
            new BinaryDocValuesField("list.id", new BytesRef(article.Id)),
        };
        if (article.Url is not null)
        {
            document.Add(new StringField("url", article.Url, Field.Store.YES));
            document.Add(new BinaryDocValuesField("list.url", new BytesRef(article.Url)));
        }

        if (article.Title is not null)
        {
            document.Add(new Field("title", article.Title, text));
            document.Add(new BinaryDocValuesField("list.title", new BytesRef(article.Title)));
        }

        AddText(document, "subtitle", article.Subtitle, text);
        AddText(document, "dateline", article.Dateline, text);
        AddText(document, "body", article.Body, text);
        foreach (var caption in article.Captions ?? [])
        {
            AddText(document, "captions", caption, text);
        }

        if (article.Byline is not null)
        {
            AddText(document, "byline", article.Byline, text);
            document.Add(new BinaryDocValuesField("list.byline", new BytesRef(article.Byline)));
            foreach (var author in NewsSearch.Indexing.ArticleDocumentMapper.SplitAuthors(article.Byline))
            {
                document.Add(new SortedSetDocValuesField("facet.byline", new BytesRef(author)));
            }
        }

        AddKeyword(document, "source", article.Source, docValues);
        AddKeyword(document, "section", article.Section, docValues);
        AddKeyword(document, "language", article.Language, docValues);
        foreach (var tag in article.Tags ?? [])
        {
            AddKeyword(document, "tags", tag, docValues);
        }

        if (article.Published is { } published)
        {
            var millis = published.ToUnixTimeMilliseconds();
            document.Add(new Int64Field("published", millis, Field.Store.YES));
            document.Add(new NumericDocValuesField("published", millis));
        }

        if (docValues)
        {
            return document;
        }

        var withoutDocValues = new Document();
        foreach (var field in document.Fields.Where(f => f.IndexableFieldType.DocValueType == DocValuesType.NONE))
        {
            withoutDocValues.Add(field);
        }

        return withoutDocValues;
    }

    private static void AddText(Document document, string name, string? value, FieldType type)
    {
        if (value is not null)
        {
            document.Add(new Field(name, value, type));
        }
    }

    private static void AddKeyword(Document document, string name, string? value, bool docValues)
    {
        if (value is not null)
        {
            document.Add(new Field(name, value, Keyword));
            if (docValues)
            {
                document.Add(new SortedSetDocValuesField("facet." + name, new BytesRef(value)));
            }
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
