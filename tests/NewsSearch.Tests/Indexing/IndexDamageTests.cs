using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Tests.Indexing;

public sealed class IndexDamageTests
{
    public static TheoryData<Exception> Damage => new()
    {
        new CorruptIndexException("checksum failed"),
        new IndexFormatTooNewException("_0.si", 9, 0, 4),
        new EndOfStreamException("read past EOF"),
        new FileNotFoundException("_3.cfs"),
        new InvalidDataException("bad deflate block"),
        new ArgumentOutOfRangeException("length"),
        new OverflowException(),
        new InvalidCastException(),
        new IOException("codec header mismatch: actual header=0 vs expected header=1071082519"),
        new IOException("read failed", new EndOfStreamException("read past EOF")),
    };

    public static TheoryData<Exception> NotDamage => new()
    {
        new IOException("No space left on device", 28),
        new IOException("disk read failed", new UnauthorizedAccessException()),
        new UnauthorizedAccessException("read-only file system"),
        new ArgumentNullException("query"),
        new ObjectDisposedException("searcher"),
        new InvalidOperationException("not open"),
        Thrown(() => throw new InvalidOperationException("a bug of ours")),
        Thrown(() => _ = NullText()!.Length),
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Is_WhatReadingDamagedFilesRaises_IsDamage(Exception exception) =>
        Assert.True(IndexDamage.Is(exception));

    [Theory]
    [MemberData(nameof(NotDamage))]
    public void Is_AFailingDiskOrABug_IsNotDamage(Exception exception) =>
        Assert.False(IndexDamage.Is(exception));

    /// <summary>The exception with a stack trace of this test's code, as a bug of ours would have.</summary>
    private static Exception Thrown(Action bug)
    {
        try
        {
            bug();
        }
        catch (Exception caught)
        {
            return caught;
        }

        throw new InvalidOperationException("the bug did not throw");
    }

    private static string? NullText() => null;
}
