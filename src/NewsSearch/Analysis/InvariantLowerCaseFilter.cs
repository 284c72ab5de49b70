using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>
/// Lower-cases each token with the invariant culture's casing, exactly as Lucene's LowerCaseFilter
/// does (<c>span.ToLower(CultureInfo.InvariantCulture)</c>), but through
/// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>. The culture
/// overload first asks ICU whether the culture cases ASCII like the invariant culture, and ICU
/// answers by building a collator from tailoring rules, a visible share of a one-shot command-line
/// query's CPU. The invariant overload knows the answer and skips it.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.Buffer.AsSpan(0, _term.Length);
        if (text.ContainsAnyInRange('A', 'Z') || !System.Text.Ascii.IsValid(text))
        {
            // Simple case mapping keeps the UTF-16 length, so the lower-case text goes back in place.
            Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            text.ToLowerInvariant(lower);
            lower.CopyTo(text);
        }

        return true;
    }
}
