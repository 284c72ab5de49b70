namespace NewsSearch.Highlighting;

/// <summary>
/// A candidate snippet: the range [<see cref="Start"/>, <see cref="End"/>) of a field value and the
/// matches inside it (<see cref="Matches"/>[<see cref="First"/>..<see cref="Last"/>)). Its text is
/// only built when it is among the passages shown.
/// </summary>
internal readonly record struct Passage(string Field, int FieldRank, string Value, int Start, int End, TextMatch[] Matches, int First, int Last, int Score, int Order);
