namespace NewsSearch;

/// <summary>A source filter that matches no article, with the known sources spelt most like it.</summary>
/// <param name="Name">The source as given.</param>
/// <param name="Nearest">Known sources, nearest first (at most five); empty when none is near.</param>
public sealed record UnknownSource(string Name, IReadOnlyList<string> Nearest);
