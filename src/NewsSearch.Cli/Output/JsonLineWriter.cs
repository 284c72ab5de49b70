using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Writes one JSON object per line to a <see cref="TextWriter"/> with <see cref="Utf8JsonWriter"/>:
/// no reflection, so it works trimmed and under Native AOT.
/// </summary>
internal sealed class JsonLineWriter : IDisposable
{
    // Readable non-ASCII (Zürich, “quotes”) instead of \u escapes; the output is data for tools, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public JsonLineWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Writes the object that <paramref name="write"/> produces as one line.</summary>
    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        write(_json);
        _json.Flush();
        _output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    public void Dispose() => _json.Dispose();

    /// <summary>Writes a string property, or null when the value is unknown, so every hit line has the same keys.</summary>
    public static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a string array property, or nothing when the list is empty.</summary>
    public static void WriteIfPresent(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
