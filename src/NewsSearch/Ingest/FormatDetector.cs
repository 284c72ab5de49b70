using System.Text;

namespace NewsSearch.Ingest;

/// <summary>Chooses a reader by extension, falling back to the content when the name says nothing.</summary>
internal static class FormatDetector
{
    private static readonly Dictionary<string, ArticleFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jsonl"] = ArticleFormat.JsonLines,
        [".ndjson"] = ArticleFormat.JsonLines,
        [".txt"] = ArticleFormat.Text,
        [".text"] = ArticleFormat.Text,
    };

    /// <summary>The extensions a folder walk picks up (with or without <c>.gz</c>).</summary>
    public static IReadOnlySet<string> KnownExtensions { get; } =
        new HashSet<string>([".jsonl", ".ndjson", ".json", ".txt", ".text"], StringComparer.OrdinalIgnoreCase);

    public static ArticleFormat Detect(InputDocument input)
    {
        var extension = Path.GetExtension(input.LogicalName);
        if (ByExtension.TryGetValue(extension, out var format))
        {
            return format;
        }

        var head = Encoding.UTF8.GetString(input.Head).TrimStart('\ufeff', ' ', '\t', '\r', '\n');
        if (head.StartsWith('['))
        {
            return ArticleFormat.Json;
        }

        if (head.StartsWith('{'))
        {
            // One object per line is JSONL; an object spread over lines is a pretty-printed JSON document.
            // A first line longer than the sniffed head is one huge record: JSONL reads a lone object too.
            var lines = head.Split('\n', 2);
            return lines.Length == 1 || lines[0].TrimEnd().EndsWith('}') ? ArticleFormat.JsonLines : ArticleFormat.Json;
        }

        return ArticleFormat.Text;
    }
}
