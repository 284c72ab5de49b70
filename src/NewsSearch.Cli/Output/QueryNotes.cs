using System.Globalization;
using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>
/// The notes around a result list that are not hits: the spellings also searched and the
/// "did you mean" suggestion, as text for people or as one JSON object for tools.
/// </summary>
internal static class QueryNotes
{
    public static string? Synonyms(SearchResults results)
    {
        if (results.Synonyms.Count == 0)
        {
            return null;
        }

        var parts = results.Synonyms.Select(s => $"{string.Join(", ", s.Variants)} for {s.Word}");
        return "Also searched: " + string.Join("; ", parts) + " (--no-synonyms to turn off)";
    }

    /// <summary>"Did you mean: Gaddafi (2 articles)": the count says whether the suggestion is worth a retry.</summary>
    public static string? DidYouMean(SearchResults results) =>
        results.DidYouMean is { } suggestion
            ? "Did you mean: " + suggestion + (results.DidYouMeanHits is { } hits ? string.Create(CultureInfo.InvariantCulture, $" ({hits:N0} {(hits == 1 ? "article" : "articles")})") : "")
            : null;

    /// <summary>
    /// One JSON object with <c>didYouMean</c> and <c>synonyms</c> (each only when there is one),
    /// for stderr in <c>--json</c> mode so stdout stays one hit per line; null when there is nothing to say.
    /// </summary>
    public static void WriteJson(TextWriter error, SearchResults results)
    {
        if (results.DidYouMean is null && results.Synonyms.Count == 0)
        {
            return;
        }

        using var lines = new JsonLineWriter(error);
        lines.WriteLine(json =>
        {
            json.WriteStartObject();
            if (results.DidYouMean is { } suggestion)
            {
                json.WriteString("didYouMean", suggestion);
                if (results.DidYouMeanHits is { } hits)
                {
                    json.WriteNumber("didYouMeanHits", hits);
                }
            }

            if (results.Synonyms.Count > 0)
            {
                json.WriteStartArray("synonyms");
                foreach (var expansion in results.Synonyms)
                {
                    json.WriteStartObject();
                    json.WriteString("word", expansion.Word);
                    JsonLineWriter.WriteIfPresent(json, "variants", expansion.Variants);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    /// <summary>The <c>explain</c> property of a hit in <c>--json</c> output.</summary>
    public static void WriteExplanation(Utf8JsonWriter json, ScoreExplanation explanation)
    {
        json.WriteStartObject("explain");
        json.WriteNumber("score", Math.Round(explanation.Score, 4));
        json.WriteString("summary", explanation.Summary);
        json.WriteStartArray("parts");
        foreach (var part in explanation.Parts)
        {
            json.WriteStartObject();
            json.WriteString("field", part.Field);
            json.WriteString("term", part.Term);
            json.WriteNumber("score", Math.Round(part.Score, 4));
            json.WriteNumber("boost", Math.Round(part.Boost, 4));
            if (part.Frequency is { } frequency)
            {
                json.WriteNumber("frequency", frequency);
            }
            else
            {
                json.WriteNull("frequency");
            }

            if (part.SynonymOf is { } word)
            {
                json.WriteString("synonymOf", word);
            }
            else
            {
                json.WriteNull("synonymOf");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The explanation as indented lines under a hit: the total, then one line per part.</summary>
    public static IEnumerable<string> ExplanationLines(ScoreExplanation explanation)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"score {explanation.Score:0.00}{(explanation.Parts.Count == 0 ? ": " + explanation.Summary : " =")}");
        var first = true;
        foreach (var part in explanation.Parts)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  {(first ? " " : "+")} {part.Score,6:0.00}  {Describe(part)}");
            first = false;
        }
    }

    private static string Describe(ScorePart part)
    {
        var text = $"{part.Field}: '{part.Term}'";
        if (part.Frequency is > 1 and var frequency)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ×{frequency}");
        }

        if (part.SynonymOf is { } word)
        {
            text += $" (synonym of '{word}')";
        }

        if (part.Boost != 1)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" (boost {part.Boost:0.0#})");
        }

        return text;
    }
}
