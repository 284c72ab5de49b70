using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace NewsSearch.Highlighting;

/// <summary>
/// The words a prefix, wildcard, regular-expression or fuzzy query part stands for, tested on each
/// analysed token of a hit's text. Expanding such a part against the whole index to learn its
/// words costs as much as the search itself (a fuzzy word is an automaton walked over every term);
/// testing the few tokens of ten hits costs next to nothing.
/// </summary>
internal sealed class TermPattern
{
    private readonly string? _prefix;

    /// <summary>One automaton per edit distance for a fuzzy word (0, 1, 2 edits); one automaton otherwise.</summary>
    private readonly CharacterRunAutomaton[] _automata;

    /// <summary>The fuzzy word's length in code points; 0 when the pattern is not fuzzy.</summary>
    private readonly int _fuzzyTermLength;

    private TermPattern(string? prefix, CharacterRunAutomaton[] automata, int fuzzyTermLength)
    {
        _prefix = prefix;
        _automata = automata;
        _fuzzyTermLength = fuzzyTermLength;
    }

    /// <summary>A pattern for <paramref name="query"/>, or null for kinds it does not know (ranges), which are expanded against the index instead.</summary>
    public static TermPattern? TryCreate(MultiTermQuery query) => query switch
    {
        PrefixQuery prefix => new TermPattern(prefix.Prefix.Text, [], 0),
        AutomatonQuery automaton => new TermPattern(null, [new CharacterRunAutomaton(automaton.Automaton)], 0),
        FuzzyQuery fuzzy => Fuzzy(fuzzy),
        _ => null,
    };

    public bool Matches(char[] buffer, int length)
    {
        if (_prefix is not null)
        {
            return buffer.AsSpan(0, length).StartsWith(_prefix, StringComparison.Ordinal);
        }

        if (_fuzzyTermLength == 0)
        {
            return _automata[0].Run(buffer, 0, length);
        }

        // As FuzzyTermsEnum accepts a term: within the fewest edits, and not with as many edits as
        // the shorter word has characters (which would make any word a match).
        for (var edits = 0; edits < _automata.Length; edits++)
        {
            if (_automata[edits].Run(buffer, 0, length))
            {
                return edits == 0 || edits < Math.Min(CodePoints(buffer.AsSpan(0, length)), _fuzzyTermLength);
            }
        }

        return false;
    }

    private static TermPattern Fuzzy(FuzzyQuery fuzzy)
    {
        // Built as FuzzyTermsEnum builds its automata: the shared prefix literally, the rest within n edits.
        var text = fuzzy.Term.Text;
        var codePoints = CodePoints(text);
        var prefixLength = Math.Min(fuzzy.PrefixLength, codePoints);
        var prefixChars = prefixLength == 0 ? 0 : CharsOfCodePoints(text, prefixLength);
        var levenshtein = new LevenshteinAutomata(text[prefixChars..], fuzzy.Transpositions);
        var automata = new CharacterRunAutomaton[fuzzy.MaxEdits + 1];
        for (var edits = 0; edits <= fuzzy.MaxEdits; edits++)
        {
            var automaton = levenshtein.ToAutomaton(edits);
            if (prefixChars > 0)
            {
                automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(text[..prefixChars]), automaton);
            }

            automata[edits] = new CharacterRunAutomaton(automaton);
        }

        return new TermPattern(null, automata, Math.Max(1, codePoints));
    }

    private static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static int CharsOfCodePoints(string text, int codePoints)
    {
        var chars = 0;
        while (codePoints > 0 && chars < text.Length)
        {
            chars += char.IsHighSurrogate(text[chars]) && chars + 1 < text.Length ? 2 : 1;
            codePoints--;
        }

        return chars;
    }
}
