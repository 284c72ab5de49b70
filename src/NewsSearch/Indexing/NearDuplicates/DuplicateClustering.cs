namespace NewsSearch.Indexing.NearDuplicates;

/// <summary>
/// Groups articles whose sketches say they are copies of one story. Each cluster has a centre, the
/// first of its articles in the given order (index order: the first copy that arrived); an article
/// joins the most similar centre it is a copy of, found through LSH bands (equal band keys) and
/// checked on the whole sketch, or becomes a centre itself. Joining through a centre rather than
/// through any member keeps chains from growing: with single linkage, formulaic items that each
/// share a line with the next (dividend notices, say) would merge into one giant "story".
/// Copies of one story also appear within days of each other (<see cref="Window"/>): a recurring
/// report written from the same template every week (a market table, a central bank operation) is
/// text-wise a copy of last week's, but not the same story.
/// </summary>
internal static class DuplicateClustering
{
    /// <summary>How far apart the publication dates of two copies may be; undated articles are not held to it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(3);

    /// <summary>How many items are clustered between two calls of the checkpoint.</summary>
    public const int CheckpointEvery = 1024;

    /// <summary>For each item, the index of its cluster's centre (itself when it has no copies or is a centre).</summary>
    /// <param name="sketches">The items' sketches; null for items too short to have one.</param>
    /// <param name="published">The items' publication dates in ms since 1970, null when undated; no dates at all when null.</param>
    /// <param name="checkpoint">Called every <see cref="CheckpointEvery"/> items, so a caller with a deadline can stop a long clustering by throwing.</param>
    public static int[] Cluster(IReadOnlyList<byte[]?> sketches, IReadOnlyList<long?>? published = null, Action? checkpoint = null)
    {
        var window = (long)Window.TotalMilliseconds;
        var centreOf = new int[sketches.Count];
        var buckets = new Dictionary<(int Band, uint Key), List<int>>();
        var candidates = new HashSet<int>();
        for (var i = 0; i < sketches.Count; i++)
        {
            centreOf[i] = i;
            if (checkpoint is not null && i % CheckpointEvery == CheckpointEvery - 1)
            {
                checkpoint();
            }

            if (sketches[i] is not { } sketch)
            {
                continue;
            }

            candidates.Clear();
            for (var band = 0; band < NearDuplicateSketch.Bands; band++)
            {
                if (buckets.TryGetValue((band, NearDuplicateSketch.BandKey(sketch, band)), out var centres))
                {
                    candidates.UnionWith(centres);
                }
            }

            var best = -1;
            var bestSimilarity = 0.0;
            foreach (var centre in candidates)
            {
                if (published?[i] is { } date && published[centre] is { } centreDate && Math.Abs(date - centreDate) > window)
                {
                    continue;
                }

                var similarity = NearDuplicateSketch.Similarity(sketch, sketches[centre]!);
                if (similarity >= NearDuplicateSketch.Threshold && (similarity > bestSimilarity || (similarity == bestSimilarity && centre < best)))
                {
                    (best, bestSimilarity) = (centre, similarity);
                }
            }

            if (best >= 0)
            {
                centreOf[i] = best;
                continue;
            }

            for (var band = 0; band < NearDuplicateSketch.Bands; band++)
            {
                var key = (band, NearDuplicateSketch.BandKey(sketch, band));
                if (!buckets.TryGetValue(key, out var centres))
                {
                    buckets[key] = centres = [];
                }

                centres.Add(i);
            }
        }

        return centreOf;
    }
}
