using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>
/// A CheckIndex for builds without dynamic code (Native AOT): Lucene.NET's CheckIndex formats each
/// segment's diagnostics through J2N's collection printing, which uses C# <c>dynamic</c> and fails
/// there, so every segment would read as damaged. This opens each segment on its own, verifies the
/// checksums of all its files and reads every term, posting, stored document and doc value.
/// </summary>
internal static class SegmentWalker
{
    public static IndexHealth Check(string indexPath, LuceneDirectory directory)
    {
        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory);
        }
        catch (Exception exception) when (IndexDamage.Is(exception) || exception is IOException)
        {
            return new IndexHealth { IndexPath = indexPath, Problems = [$"cannot read the list of segments: {exception.GetType().Name}: {OneLine(exception.Message)}"] };
        }

        var problems = new List<string>();
        long articles = 0;
        foreach (var segment in infos.Segments)
        {
            var docCount = segment.Info.DocCount;
            try
            {
                using var reader = new SegmentReader(segment, DirectoryReader.DEFAULT_TERMS_INDEX_DIVISOR, IOContext.DEFAULT);
                reader.CheckIntegrity();
                Walk(reader);
                articles += reader.NumDocs;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"segment {segment.Info.Name} ({docCount} articles) is damaged: {exception.GetType().Name}: {OneLine(exception.Message)}"));
            }
        }

        return IndexVerifier.WithSchema(new IndexHealth { IndexPath = indexPath, Problems = problems, Articles = articles, Segments = infos.Count }, infos.UserData);
    }

    private static void Walk(SegmentReader reader)
    {
        var fields = reader.Fields;
        if (fields is not null)
        {
            foreach (var field in fields)
            {
                var terms = fields.GetTerms(field);
                if (terms is null)
                {
                    continue;
                }

                var termsEnum = terms.GetEnumerator();
                DocsEnum? docs = null;
                while (termsEnum.MoveNext())
                {
                    docs = termsEnum.Docs(reader.LiveDocs, docs, DocsFlags.FREQS);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        _ = docs.Freq;
                    }
                }
            }
        }

        var live = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                reader.Document(doc);
            }
        }

        foreach (var info in reader.FieldInfos)
        {
            if (!info.HasDocValues)
            {
                continue;
            }

            switch (info.DocValuesType)
            {
                case DocValuesType.NUMERIC:
                    var numbers = reader.GetNumericDocValues(info.Name);
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        numbers.Get(doc);
                    }

                    break;
                case DocValuesType.BINARY:
                    var binary = reader.GetBinaryDocValues(info.Name);
                    var bytes = new BytesRef();
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        binary.Get(doc, bytes);
                    }

                    break;
                case DocValuesType.SORTED:
                    var sorted = reader.GetSortedDocValues(info.Name);
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        sorted.GetOrd(doc);
                    }

                    break;
                case DocValuesType.SORTED_SET:
                    var sortedSet = reader.GetSortedSetDocValues(info.Name);
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        sortedSet.SetDocument(doc);
                        var ord = sortedSet.NextOrd();
                        while (ord != SortedSetDocValues.NO_MORE_ORDS)
                        {
                            ord = sortedSet.NextOrd();
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
