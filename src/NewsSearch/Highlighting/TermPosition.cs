namespace NewsSearch.Highlighting;

/// <summary>A query term's occurrence in a hit's field, by token position, as the postings hold it.</summary>
internal readonly record struct TermPosition(int Position, string Term);
