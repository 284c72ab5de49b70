using System.Threading.Channels;

namespace NewsSearch.Ingest;

/// <summary>
/// Reads many files on several threads and hands their records out in file order, each file's records
/// in their own order, so that "last wins" across files means what it does when reading one by one.
/// Up to <c>window</c> files are read ahead of the caller, each into a bounded queue, so memory stays
/// bounded even when one of them is a multi-gigabyte JSONL archive. Stopping the enumeration early
/// cancels the readers.
/// </summary>
internal static class ParallelFileReader
{
    private const int QueueCapacity = 256;

    public static IEnumerable<ArticleRecord> Read(IEnumerable<string> files, Func<string, IEnumerable<ArticleRecord>> read, int window)
    {
        if (window <= 1)
        {
            return files.SelectMany(read);
        }

        return ReadAhead(files, read, window);
    }

    private static IEnumerable<ArticleRecord> ReadAhead(IEnumerable<string> files, Func<string, IEnumerable<ArticleRecord>> read, int window)
    {
        using var cancellation = new CancellationTokenSource();

        // The files are taken from the walk as reading reaches them, so a folder of a million files
        // is never listed whole; only the window of files being read ahead is held.
        using var next = files.GetEnumerator();
        var queues = new Queue<Channel<ArticleRecord>>();
        var pumps = new List<Task>();
        try
        {
            while (true)
            {
                while (queues.Count < window && next.MoveNext())
                {
                    var queue = Channel.CreateBounded<ArticleRecord>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = true });
                    queues.Enqueue(queue);
                    var file = next.Current;
                    pumps.Add(Task.Run(() => PumpAsync(read(file), queue.Writer, cancellation.Token)));
                    pumps.RemoveAll(pump => pump.IsCompletedSuccessfully);
                }

                if (!queues.TryPeek(out var current))
                {
                    yield break;
                }

                var reader = current.Reader;
                while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    while (reader.TryRead(out var record))
                    {
                        yield return record;
                    }
                }

                queues.Dequeue();
            }
        }
        finally
        {
            cancellation.Cancel();
            foreach (var queue in queues)
            {
                // Unblock readers that wait to write into a queue nobody will read.
                while (queue.Reader.TryRead(out _))
                {
                }
            }

            try
            {
                Task.WaitAll([.. pumps]);
            }
            catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // Cancelled because the caller stopped early.
            }
        }
    }

    private static async Task PumpAsync(IEnumerable<ArticleRecord> records, ChannelWriter<ArticleRecord> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var record in records)
            {
                await writer.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            writer.TryComplete();
        }
        catch (Exception exception)
        {
            // Surfaces on the caller's thread when it reaches this file, as it would have when reading in turn.
            writer.TryComplete(exception);
        }
    }
}
