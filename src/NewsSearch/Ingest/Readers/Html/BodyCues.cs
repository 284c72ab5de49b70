namespace NewsSearch.Ingest.Readers.Html;

/// <summary>What the story text itself shows besides the story: a byline or date line, credited captions, the dateline.</summary>
internal sealed class BodyCues
{
    public string? Byline { get; set; }

    public string? BylineSource { get; set; }

    public DateTimeOffset? Published { get; set; }

    public DateTimeOffset? Updated { get; set; }

    public string? Dateline { get; set; }

    public string? DatelineSource { get; set; }

    public List<string> Captions { get; } = [];
}
