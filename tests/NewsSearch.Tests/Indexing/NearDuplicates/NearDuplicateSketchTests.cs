using NewsSearch.Indexing.NearDuplicates;

namespace NewsSearch.Tests.Indexing.NearDuplicates;

public sealed class NearDuplicateSketchTests
{
    private static readonly string Story = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i * 7 % 97} item{i}"));

    [Fact]
    public void Compute_TakesSixtyFourBytes()
    {
        Assert.Equal(64, NearDuplicateSketch.Compute(Story)!.Length);
    }

    [Fact]
    public void Similarity_SameText_IsOneAndUnrelatedTextIsNearZero()
    {
        var other = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"other{i} thing{i * 3}"));

        Assert.Equal(1.0, NearDuplicateSketch.Similarity(NearDuplicateSketch.Compute(Story)!, NearDuplicateSketch.Compute(Story)!));
        Assert.True(NearDuplicateSketch.Similarity(NearDuplicateSketch.Compute(Story)!, NearDuplicateSketch.Compute(other)!) < 0.1);
    }

    [Fact]
    public void Compute_ShortText_FillsEveryPositionFromItsFewShingles()
    {
        // 25 shingles into 64 bins leaves most bins empty; densification fills them, so copies still agree everywhere.
        var shortStory = string.Join(' ', Enumerable.Range(0, 27).Select(i => $"w{i}"));

        Assert.Equal(1.0, NearDuplicateSketch.Similarity(NearDuplicateSketch.Compute(shortStory)!, NearDuplicateSketch.Compute(shortStory + " ")!));
    }

    [Fact]
    public void Compute_GivesTheSketchesThatIndexesAlreadyHold()
    {
        // Sketches are stored in the index, so a faster way to compute them must give the same bytes
        // (these are from the first implementation); otherwise new articles stop matching old copies.
        const string ascii = "The central bank raised its key interest rate by a quarter point on Tuesday, citing inflation that has stayed above its target for a year. Analysts had expected the move, and markets barely reacted; the currency rose 0.2 percent against the dollar, and bond yields were unchanged in early trading.";
        const string accented = "Die Zentralbank in Zürich hob am Dienstag den Leitzins um einen Viertelpunkt an. Café-Besitzer in Genève klagten über höhere Kosten, während die Exporteure über den starken Franken stöhnten. Cafe\u0301 owners said the ÉTÉ season was weak; Ökonomen erwarten weitere Schritte im Herbst.";

        Assert.Equal("CE52A78952114C993F0689D80E0E06AD9E9E2006E5E5E5D8E5A40E0E4299A46320FD3FFD0D63C07861A4849FAD52E50DC0A79C3F99781D4742D87F84A4479920", Convert.ToHexString(NearDuplicateSketch.Compute(ascii)!));
        Assert.Equal("72EFF32D28424A4F22F22D9C9E4F7F2A2AEFF5D56A9E4268D62A2AEFCDF29C1068302AC0CD2D4F22622A9C8DF77C9E28D5F3C02AD58DC06822E622D82A22EF7F", Convert.ToHexString(NearDuplicateSketch.Compute(accented)!));
    }

    [Theory]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void Compute_NeedsTwentyFiveDistinctShinglesHoweverOftenTheyRepeat(int cycle, bool sketched)
    {
        // A cycle of n words repeated ten times holds n distinct 3-word runs, each ten times.
        var text = string.Join(' ', Enumerable.Repeat(string.Join(' ', Enumerable.Range(0, cycle).Select(i => $"w{i}")), 10));

        Assert.Equal(cycle, NearDuplicateSketch.Shingles(text).Count);
        Assert.Equal(sketched, NearDuplicateSketch.Compute(text) is not null);
    }
}
