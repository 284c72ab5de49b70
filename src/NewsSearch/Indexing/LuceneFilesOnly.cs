using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>
/// A directory whose listing leaves out files named like Lucene's commit points but not written by
/// Lucene: <c>segments_2.bak</c>, <c>segments.old</c>, <c>segments-backup.tar</c>. Lucene takes
/// every name starting with "segments" for a commit and fails parsing the generation from such a
/// name, so a stray backup beside a healthy index would make it unreadable.
/// </summary>
internal sealed partial class LuceneFilesOnly : FilterDirectory
{
    public LuceneFilesOnly(LuceneDirectory inner)
        : base(inner)
    {
    }

    /// <summary>Whether Lucene itself could have written a file of this name, as far as commit points go.</summary>
    public static bool IsOwnName(string name) =>
        !name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) || CommitName().IsMatch(name);

    public override string[] ListAll() => [.. base.ListAll().Where(IsOwnName)];

    // segments.gen, or segments_N with N in base 36, exactly as IndexFileNames writes them.
    [GeneratedRegex(@"^segments(\.gen|_[0-9a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitName();
}
