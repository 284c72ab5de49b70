using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsSearch.Benchmarks.Commands;

/// <summary>
/// The bytes of each binary doc-values field's values (the near-duplicate sketch, the result-list
/// fields), summed over the documents: Lucene writes every field into one file, so this is what
/// tells the sketch from the rest. Lengths and addresses add a little on disk.
/// </summary>
internal static class DocValuesByField
{
    public static SortedDictionary<string, long> BinaryValueBytes(string path)
    {
        NewsSearch.Indexing.Codec.NewsCodecFactory.EnsureRegistered();
        var sizes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            foreach (var field in atomic.FieldInfos.Where(f => f.DocValuesType == DocValuesType.BINARY))
            {
                var values = atomic.GetBinaryDocValues(field.Name);
                var bytes = 0L;
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        values.Get(doc, scratch);
                        bytes += scratch.Length;
                    }
                }

                sizes[field.Name] = sizes.GetValueOrDefault(field.Name) + bytes;
            }
        }

        return sizes;
    }
}
