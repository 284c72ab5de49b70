using Lucene.Net.Index;

namespace NewsSearch.Search.Exact;

/// <summary>
/// What one word of an exact phrase requires at its position: one of <see cref="AnyOf"/> there (the
/// stem, a spelling variant, or for a stop word its form in the forms twin), <see cref="Required"/>
/// there too when the word differs from its stem (the twin's suffix token that rebuilds it), and none
/// of <see cref="NoneOf"/> there when the word is its own stem (suffix tokens that would make it
/// another word: "deals" is not "deal").
/// </summary>
internal sealed record ExactSlot(IReadOnlyList<Term> AnyOf, Term? Required, IReadOnlyList<Term> NoneOf);
