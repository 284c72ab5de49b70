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

    /// <summary>
    /// Why the results are fewer, or other than the words may suggest: words read as text, stop
    /// words, undated articles left out by the dates, unknown sources. One line each.
    /// </summary>
    public static IEnumerable<string> Reductions(SearchResults results, NewsQuery query)
    {
        if (results.OperatorLikeWords.Count > 0)
        {
            var words = string.Join(", ", results.OperatorLikeWords.Select(w => $"'{w}'"));
            yield return $"{words} searched as {(results.OperatorLikeWords.Count == 1 ? "a word" : "words")}, not as {(results.OperatorLikeWords.Count == 1 ? "an operator" : "operators")}; write AND, OR, NOT in capitals to combine words.";
        }

        if (results.IgnoredWords.Count > 0 && results.TotalHits == 0)
        {
            yield return $"Not searched, too common: {string.Join(", ", results.IgnoredWords)}{(results.IgnoredWords.Count == 1 ? "" : "")}; add a more specific word.";
        }

        if (results.UndatedLeftOut > 0)
        {
            var option = query.Since is not null && query.Until is not null ? "--since/--until" : query.Since is not null ? "--since" : "--until";
            yield return string.Create(CultureInfo.InvariantCulture, $"{Formats.Count(results.UndatedLeftOut, "undated article", "undated articles")} also {(results.UndatedLeftOut == 1 ? "matches" : "match")} but {(results.UndatedLeftOut == 1 ? "was" : "were")} left out by {option} (no date to compare).");
        }

        foreach (var source in results.UnknownSources)
        {
            yield return source.Nearest.Count == 0
                ? $"No article in the index has the source '{source.Name}' (newssearch stats lists the sources)."
                : $"No article in the index has the source '{source.Name}'; nearest known: {string.Join(", ", source.Nearest)}.";
        }
    }

    /// <summary>The note over a relaxed result: how many words each hit has and which words were dropped.</summary>
    public static string Partial(PartialMatch partial, int totalHits)
    {
        var note = partial.Kept.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"No article contains all {partial.Total} words; showing articles that match at least {partial.MinimumMatched}.")
            : partial.MinimumMatched == 0
                ? string.Create(CultureInfo.InvariantCulture, $"No article contains every word; showing articles with {string.Join(" ", partial.Kept)}, which have none of the other words.")
                : string.Create(CultureInfo.InvariantCulture, $"No article contains every word; showing articles with {string.Join(" ", partial.Kept)} and at least {partial.MinimumMatched} of the other {partial.Total} words.");
        if (partial.Missing.Count == 0)
        {
            return note;
        }

        var dropped = partial.Missing.Select(m => m.MissingFrom >= totalHits
            ? $"{m.Word} (in none of them)"
            : string.Create(CultureInfo.InvariantCulture, $"{m.Word} (missing from {Formats.Number(m.MissingFrom)} of {Formats.Number(totalHits)})"));
        return $"{note} Dropped: {string.Join(", ", dropped)}.";
    }

    /// <summary>The note over a long natural-language query's results, which count articles with any of its words.</summary>
    public static string? AnyWord(SearchResults results) =>
        results.MatchedAnyWord ? "Read as text: articles with any of its words count, those with more of them rank first." : null;

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
        if (results.DidYouMean is null && results.Synonyms.Count == 0 && results.PartialMatch is null && !results.MatchedAnyWord
            && results.OperatorLikeWords.Count == 0 && (results.IgnoredWords.Count == 0 || results.TotalHits > 0)
            && results.UndatedLeftOut == 0 && results.UnknownSources.Count == 0)
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

            WriteReductions(json, results);
            json.WriteEndObject();
        });
    }

    private static void WriteReductions(Utf8JsonWriter json, SearchResults results)
    {
        if (results.PartialMatch is { } partial)
        {
            json.WriteStartObject("partialMatch");
            json.WriteNumber("minimumMatched", partial.MinimumMatched);
            json.WriteNumber("total", partial.Total);
            json.WriteStartArray("missing");
            foreach (var missing in partial.Missing)
            {
                json.WriteStartObject();
                json.WriteString("word", missing.Word);
                json.WriteNumber("missingFrom", missing.MissingFrom);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonLineWriter.WriteIfPresent(json, "kept", partial.Kept);
            json.WriteEndObject();
        }

        if (results.MatchedAnyWord)
        {
            json.WriteBoolean("matchedAnyWord", true);
        }

        JsonLineWriter.WriteIfPresent(json, "operatorLikeWords", results.OperatorLikeWords);
        if (results.TotalHits == 0)
        {
            JsonLineWriter.WriteIfPresent(json, "ignoredWords", results.IgnoredWords);
        }

        if (results.UndatedLeftOut > 0)
        {
            json.WriteNumber("undatedLeftOut", results.UndatedLeftOut);
        }

        if (results.UnknownSources.Count > 0)
        {
            json.WriteStartArray("unknownSources");
            foreach (var source in results.UnknownSources)
            {
                json.WriteStartObject();
                json.WriteString("name", source.Name);
                json.WriteStartArray("nearest");
                foreach (var name in source.Nearest)
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
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
