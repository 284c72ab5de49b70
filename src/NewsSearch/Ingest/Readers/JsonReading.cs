using System.Text.Json;

namespace NewsSearch.Ingest.Readers;

/// <summary>Shared JSON settings: lenient about comments and trailing commas, bounded in depth.</summary>
internal static class JsonReading
{
    public static JsonDocumentOptions Options { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The parser's reason on one line, without the .NET type noise.</summary>
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        message = message.Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal).Trim();
        return message.Length == 0 ? "malformed JSON" : message.TrimEnd('.');
    }
}
