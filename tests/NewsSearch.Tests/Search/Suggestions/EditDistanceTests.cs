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
}
