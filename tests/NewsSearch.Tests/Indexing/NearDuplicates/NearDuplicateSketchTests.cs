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
}
