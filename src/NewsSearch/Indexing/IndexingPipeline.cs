using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsSearch.Indexing;

/// <summary>
/// Indexes on worker threads while the caller reads and parses the next articles. Articles are
/// routed to a worker by id, so two versions of one id are applied in input order (last wins),
/// and each queue is bounded, so memory stays bounded however large the input.
/// </summary>
internal sealed class IndexingPipeline : IDisposable
{
    private const int QueueCapacity = 256;
    private readonly BlockingCollection<NewsArticle>[] _queues;
    private readonly Thread[] _workers;
    private readonly Action<NewsArticle> _index;
    private ExceptionDispatchInfo? _failure;
    private bool _completed;

    public IndexingPipeline(Action<NewsArticle> index, int threads)
    {
        _index = index;
        var count = Math.Clamp(threads, 1, 16);
        _queues = new BlockingCollection<NewsArticle>[count];
        _workers = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            var queue = new BlockingCollection<NewsArticle>(QueueCapacity);
            _queues[i] = queue;
            _workers[i] = new Thread(() => Work(queue)) { IsBackground = true, Name = $"newssearch-index-{i}" };
            _workers[i].Start();
        }
    }

    public void Post(NewsArticle article)
    {
        _failure?.Throw();
        var queue = _queues[(int)((uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)_queues.Length)];
        try
        {
            queue.Add(article);
        }
        catch (InvalidOperationException) when (_failure is not null)
        {
            _failure.Throw();
        }
    }

    /// <summary>Waits until every posted article is indexed; rethrows a worker's failure.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        foreach (var queue in _queues)
        {
            queue.CompleteAdding();
        }

        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _failure?.Throw();
    }

    /// <summary>Stops the workers after what is queued (used on cancellation and errors).</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true;
            foreach (var queue in _queues)
            {
                queue.CompleteAdding();
            }

            foreach (var worker in _workers)
            {
                worker.Join();
            }
        }

        foreach (var queue in _queues)
        {
            queue.Dispose();
        }
    }

    private void Work(BlockingCollection<NewsArticle> queue)
    {
        try
        {
            foreach (var article in queue.GetConsumingEnumerable())
            {
                if (_failure is null)
                {
                    _index(article);
                }
            }
        }
        catch (Exception exception)
        {
            // Surface the first failure on the caller's thread; stop taking new work everywhere.
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(exception), null);
            foreach (var other in _queues)
            {
                other.CompleteAdding();
            }
        }
    }
}
