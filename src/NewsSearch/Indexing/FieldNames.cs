using System.Collections.Immutable;

namespace NewsSearch.Indexing;

/// <summary>The Lucene field names of the schema. Doc-values twins carry a prefix so their types never clash.</summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Url = "url";
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Byline = "byline";
    public const string Source = "source";
    public const string Dateline = "dateline";
    public const string Published = "published";
    public const string Section = "section";
    public const string Tags = "tags";
    public const string Body = "body";
    public const string Captions = "captions";
    public const string Language = "language";

    /// <summary>Binary doc values for the result list, read without touching stored fields.</summary>
    public const string ListId = "list.id";
    public const string ListTitle = "list.title";
    public const string ListByline = "list.byline";
    public const string ListUrl = "list.url";

    /// <summary>Sorted-set doc values with the original spelling, for the result list and facets.</summary>
    public const string FacetSource = "facet.source";
    public const string FacetSection = "facet.section";
    public const string FacetTags = "facet.tags";
    public const string FacetLanguage = "facet.language";
    public const string FacetByline = "facet.byline";

    /// <summary>Binary doc values: the MinHash sketch of the body (see NearDuplicates/NearDuplicateSketch).</summary>
    public const string DuplicateSketch = "dup.sketch";

    /// <summary>Numeric doc values: when the article's current content arrived, as a sequence number (see Arrival/ArrivalSequence).</summary>
    public const string Arrival = "arrival";

    /// <summary>Numeric doc values: a hash of the article's content, so an unchanged re-upsert keeps its arrival.</summary>
    public const string ContentHash = "content.hash";

    /// <summary>The analysed text fields a query without a field searches, in boost order.</summary>
    public static IReadOnlyList<string> DefaultSearchFields { get; } = [Title, Subtitle, Captions, Body, Byline, Dateline];

    /// <summary>Fields whose text can yield snippets, in the order snippets are preferred.</summary>
    public static ImmutableArray<string> SnippetFields { get; } = [Body, Captions, Subtitle, Title];
}
