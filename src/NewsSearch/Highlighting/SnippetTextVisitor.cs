using Lucene.Net.Index;

namespace NewsSearch.Highlighting;

/// <summary>
/// Reads only the stored text fields a snippet needs, and stops reading the document once it has
/// passed all of them (a multi-valued field's values are stored together, so the first other field
/// after them ends it).
/// </summary>
internal sealed class SnippetTextVisitor : StoredFieldVisitor
{
    private readonly IReadOnlyList<string> _wanted;
    private readonly List<string>?[] _values;
    private int _seen;

    public SnippetTextVisitor(IReadOnlyList<string> wanted)
    {
        _wanted = wanted;
        _values = new List<string>?[wanted.Count];
    }

    /// <summary>The values of <paramref name="field"/> in document order; empty when the document has none.</summary>
    public IReadOnlyList<string> Values(string field)
    {
        for (var i = 0; i < _wanted.Count; i++)
        {
            if (_wanted[i] == field)
            {
                return _values[i] ?? [];
            }
        }

        return [];
    }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        for (var i = 0; i < _wanted.Count; i++)
        {
            if (_wanted[i] == fieldInfo.Name)
            {
                return Status.YES;
            }
        }

        return _seen == _wanted.Count ? Status.STOP : Status.NO;
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        for (var i = 0; i < _wanted.Count; i++)
        {
            if (_wanted[i] == fieldInfo.Name)
            {
                if (_values[i] is null)
                {
                    _values[i] = [];
                    _seen++;
                }

                _values[i]!.Add(value);
                return;
            }
        }
    }
}
