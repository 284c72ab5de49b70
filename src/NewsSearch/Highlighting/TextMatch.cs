namespace NewsSearch.Highlighting;

/// <summary>A matched token of a field value: its character range in the value and the query term it matched.</summary>
internal readonly record struct TextMatch(int Start, int End, string Term);
