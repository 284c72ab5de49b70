namespace NewsSearch.Indexing.NearDuplicates;

/// <summary>
/// Groups articles whose sketches say they are copies of one story: LSH bands propose candidate
/// pairs (equal band keys), each pair is checked on the whole sketch, and confirmed pairs are joined
/// into clusters (connected components), so a chain of copies each edited from the last stays one story.
/// </summary>
internal static class DuplicateClustering
{
    /// <summary>For each item, the index of its cluster's first item (itself when it has no copies).</summary>
    public static int[] Cluster(IReadOnlyList<byte[]?> sketches)
    {
        var parent = new int[sketches.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var buckets = new Dictionary<uint, List<int>>();
        for (var band = 0; band < NearDuplicateSketch.Bands; band++)
        {
            buckets.Clear();
            for (var i = 0; i < sketches.Count; i++)
            {
                if (sketches[i] is not { } sketch)
                {
                    continue;
                }

                var key = NearDuplicateSketch.BandKey(sketch, band);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = [i];
                    continue;
                }

                foreach (var other in bucket)
                {
                    var (root, otherRoot) = (Find(parent, i), Find(parent, other));
                    if (root != otherRoot && NearDuplicateSketch.AreDuplicates(sketch, sketches[other]!))
                    {
                        // The earlier item stays the root, so clusters are named by their first member.
                        parent[Math.Max(root, otherRoot)] = Math.Min(root, otherRoot);
                    }
                }

                bucket.Add(i);
            }
        }

        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = Find(parent, i);
        }

        return parent;
    }

    private static int Find(int[] parent, int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }
}
