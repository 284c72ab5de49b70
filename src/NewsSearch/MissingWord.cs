namespace NewsSearch;

/// <summary>A query word left out of some hits of a relaxed (partial) match.</summary>
/// <param name="Word">The word or phrase as typed.</param>
/// <param name="MissingFrom">How many of the matching articles do not hold it.</param>
public sealed record MissingWord(string Word, int MissingFrom);
