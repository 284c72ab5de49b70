using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>How a copy of a story is written in JSON, the same in <c>query --collapse --json</c> and <c>dupes --json</c>.</summary>
internal static class NearDuplicateJson
{
    /// <summary>Writes a hit's other copies as a <c>duplicates</c> array.</summary>
    public static void WriteArray(Utf8JsonWriter json, IReadOnlyList<NearDuplicate> duplicates)
    {
        json.WriteStartArray("duplicates");
        foreach (var duplicate in duplicates)
        {
            Write(json, duplicate);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes one copy as an object: id, title, source, published, url and similarity (unknown values as null).</summary>
    public static void Write(Utf8JsonWriter json, NearDuplicate duplicate)
    {
        json.WriteStartObject();
        json.WriteString("id", duplicate.Id);
        JsonLineWriter.WriteStringOrNull(json, "title", duplicate.Title);
        JsonLineWriter.WriteStringOrNull(json, "source", duplicate.Source);
        JsonLineWriter.WriteStringOrNull(json, "published", duplicate.Published is { } published ? Formats.IsoDate(published) : null);
        JsonLineWriter.WriteStringOrNull(json, "url", duplicate.Url);
        json.WriteNumber("similarity", Math.Round(duplicate.Similarity, 2));
        json.WriteEndObject();
    }
}
