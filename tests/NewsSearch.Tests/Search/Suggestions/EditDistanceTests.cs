using NewsSearch.Search.Suggestions;

namespace NewsSearch.Tests.Search.Suggestions;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("ugyhur", "uyghur", 1)]
    [InlineData("khadafi", "kadhafi", 2)]
    [InlineData("khadafi", "khatami", 2)]
    [InlineData("khadafi", "gaddafi", 3)]
    [InlineData("bundesbnak", "bundesbank", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "", 3)]
    public void Between_KnownPairs_CountsSwapsOfNeighboursAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Fact]
    public void Within_RandomWords_AgreesWithTheFullDistanceUpToTheBound()
    {
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => (char)('a' + random.Next(4)))]);

        for (var i = 0; i < 5_000; i++)
        {
            var (a, b, max) = (Word(), Word(), random.Next(0, 3));

            Assert.Equal(Math.Min(EditDistance.Between(a, b), max + 1), EditDistance.Within(a, b, max));
        }
    }

    [Fact]
    public void Within_WordsSomeEditsApartOverAWideAlphabet_AgreesWithTheFullDistanceUpToTheBound()
    {
        // Words one to four random edits (insert, delete, substitute, swap) from another, and unrelated
        // words, over letters, accented letters and digits: the letter-set check may only rule out
        // pairs that the full distance puts beyond the bound.
        const string alphabet = "abcdefghijklmnopqrstuvwxyz\u00e9\u00fc\u00df0123456789";
        var random = new Random(11);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        string Edit(string word)
        {
            var at = random.Next(word.Length + 1);
            return random.Next(4) switch
            {
                0 => word.Insert(at, alphabet[random.Next(alphabet.Length)].ToString()),
                1 when at < word.Length => word.Remove(at, 1),
                2 when at < word.Length => string.Concat(word.AsSpan(0, at), alphabet[random.Next(alphabet.Length)].ToString(), word.AsSpan(at + 1)),
                3 when at + 1 < word.Length => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
                _ => word,
            };
        }

        for (var i = 0; i < 20_000; i++)
        {
            var a = Word();
            var b = i % 5 == 0 ? Word() : a;
            for (var edits = random.Next(1, 5); edits > 0 && i % 5 != 0; edits--)
            {
                b = Edit(b);
            }

            var max = random.Next(0, 3);
            Assert.Equal(Math.Min(EditDistance.Between(a, b), max + 1), EditDistance.Within(a, b, max));
        }
    }
}
