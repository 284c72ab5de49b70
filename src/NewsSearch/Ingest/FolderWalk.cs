namespace NewsSearch.Ingest;

/// <summary>
/// Lists the article files under a folder lazily, depth first, in the ordinal order of their paths.
/// Symbolic links are followed, but every folder and every linked file is visited once, by its
/// resolved path: a link back to a parent (or two of them) neither loops nor reads a file twice.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden,
    };

    public static IEnumerable<string> Files(string root, Func<string, bool> wanted)
    {
        var real = RealPath(root);
        if (real is null)
        {
            return [];
        }

        return Walk(root, real, wanted, new HashSet<string>(StringComparer.Ordinal) { real });
    }

    private static IEnumerable<string> Walk(string folder, string real, Func<string, bool> wanted, HashSet<string> seen)
    {
        var entries = new List<Entry>();
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel))
        {
            var path = Path.Join(folder, info.Name);
            if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                // A link: where it really leads decides whether it was seen already; a dangling or
                // looping link leads nowhere.
                if (RealPath(path) is { } target)
                {
                    var isFolder = System.IO.Directory.Exists(target);
                    entries.Add(new Entry(Key(info.Name, isFolder), path, target, isFolder, IsLink: true));
                }
            }
            else
            {
                var isFolder = info.Attributes.HasFlag(FileAttributes.Directory);
                entries.Add(new Entry(Key(info.Name, isFolder), path, Path.Join(real, info.Name), isFolder, IsLink: false));
            }
        }

        // A folder's name sorts with its trailing separator, which gives the ordinal order of whole paths.
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var entry in entries)
        {
            if (entry.IsFolder)
            {
                if (seen.Add(entry.Real))
                {
                    foreach (var nested in Walk(entry.Path, entry.Real, wanted, seen))
                    {
                        yield return nested;
                    }
                }
            }
            else if (wanted(entry.Path) && (!entry.IsLink || seen.Add(entry.Real)))
            {
                yield return entry.Path;
            }
        }
    }

    private static string Key(string name, bool isFolder) => isFolder ? name + Path.DirectorySeparatorChar : name;

    /// <summary>The full path with every symbolic link in it resolved; null when a link dangles or loops.</summary>
    private static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? "";
            var current = root;
            foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                var next = Path.Join(current, part);
                if (new FileInfo(next).LinkTarget is not null)
                {
                    // The final target may itself lie under linked folders: resolve it the same way.
                    var target = new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                    next = target is { Exists: true } || System.IO.Directory.Exists(target?.FullName) ? RealPath(target!.FullName) : null;
                    if (next is null)
                    {
                        return null;
                    }
                }

                current = next;
            }

            return current;
        }
        catch (IOException)
        {
            // ELOOP: a chain of links that never ends.
            return null;
        }
    }

    private sealed record Entry(string Key, string Path, string Real, bool IsFolder, bool IsLink);
}
