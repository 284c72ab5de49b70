using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// One flipped byte anywhere in an index (issue 14, item 10): a query fails with the damage message
/// or answers, never with another exception; <see cref="IndexHealth.Check"/> finds every flip.
/// </summary>
public sealed class ByteFlipTests
{
    [Fact]
    public void Check_OneByteFlippedAnywhereInAnyFile_IsFoundEveryTime()
    {
        using var folder = new TempFolder();
        var healthy = Build(folder.Combine("healthy"), compound: true);
        var missed = new List<string>();

        foreach (var (file, position) in Positions(healthy))
        {
            var copy = Copy(healthy, folder.Combine("copy"));
            Flip(Path.Combine(copy, file), position);

            if (IndexHealth.Check(copy).IsHealthy)
            {
                missed.Add($"{file}@{position}");
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void Check_OneByteFlippedInASegmentWrittenWithoutCompoundFile_IsFoundEveryTime()
    {
        using var folder = new TempFolder();
        var healthy = Build(folder.Combine("healthy"), compound: false);
        var missed = new List<string>();

        foreach (var (file, position) in Positions(healthy))
        {
            var copy = Copy(healthy, folder.Combine("copy"));
            Flip(Path.Combine(copy, file), position);

            if (IndexHealth.Check(copy).IsHealthy)
            {
                missed.Add($"{file}@{position}");
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void Search_OneByteFlippedInStoredFields_FailsWithTheDamageMessageOrAnswers()
    {
        using var folder = new TempFolder();
        var healthy = Build(folder.Combine("healthy"), compound: false);
        var storedFields = Directory.GetFiles(healthy, "*.fdt").Select(Path.GetFileName).Single()!;
        var length = new FileInfo(Path.Combine(healthy, storedFields)).Length;
        var wrong = new List<string>();

        for (var position = 0L; position < length; position += Math.Max(1, length / 60))
        {
            var copy = Copy(healthy, folder.Combine("copy"));
            Flip(Path.Combine(copy, storedFields), position);

            var failure = Record.Exception(() =>
            {
                using var searcher = NewsSearcher.Open(copy, new NewsSearcherOptions { FewSearches = true });
                for (var i = 0; i < 300; i += 13)
                {
                    searcher.Search(new NewsQuery("marker" + i));
                    searcher.Get("flip-" + i);
                }
            });

            if (failure is not null && !(failure is IndexDamagedException && failure.Message.Contains("is damaged", StringComparison.Ordinal)))
            {
                wrong.Add($"@{position}: {failure.GetType().Name}: {failure.Message}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<(string File, long Position)> Positions(string index)
    {
        foreach (var path in Directory.GetFiles(index).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith("write.lock", StringComparison.Ordinal) || name == "segments.gen")
            {
                continue;
            }

            var length = new FileInfo(path).Length;
            foreach (var position in new[] { length / 3, length / 2, length - 20, length - 12, length - 1 }.Where(p => p >= 0).Distinct())
            {
                yield return (name, position);
            }
        }
    }

    private static string Build(string index, bool compound)
    {
        using (var writer = NewsIndexWriter.Open(index))
        {
            writer.UpsertAll(Enumerable.Range(0, 300).Select(i => Articles.Any(id: "flip-" + i, byline: "Jo Doe", section: "world", tags: ["port"], body: $"Body with marker{i} and some ordinary words about harbours and ferries, number {i}.")));
            if (!compound)
            {
                // A merged segment of this size is written without a compound file, as large segments are.
                writer.Optimize();
            }
        }

        return index;
    }

    private static string Copy(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }

    private static void Flip(string path, long position)
    {
        using var stream = File.Open(path, FileMode.Open);
        stream.Position = position;
        var value = stream.ReadByte();
        stream.Position = position;
        stream.WriteByte((byte)(value ^ 0x5a));
    }
}
