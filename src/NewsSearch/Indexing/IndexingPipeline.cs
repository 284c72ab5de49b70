using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsSearch.Indexing;

/// <summary>
/// Indexes on worker threads while the caller reads, parses and prepares the next articles. Articles
/// are routed to a worker by id, so two versions of one id are applied in input order (last wins),
/// and each queue is bounded, so memory stays bounded however large the input.
/// </summary>
/// <remarks>
/// The first <see cref="SoloArticles"/> articles all go to the first worker, so a small run (a few
/// new articles) makes one segment rather than one per worker. Only then are articles spread by id,
/// after the first worker has indexed all it was given, so no id's versions can overtake each other.
/// Articles travel in batches: a worker that keeps its queue full would otherwise wake the caller
/// once per article, and a thread switch per article is a visible share of a cheap article's cost.
/// </remarks>
internal sealed class IndexingPipeline : IDisposable
{
    private const int BatchSize = 32;
    private const int QueueCapacity = 8;
    private const int SoloArticles = 2048;
    private readonly BlockingCollection<List<PreparedArticle>>[] _queues;
    private readonly List<PreparedArticle>[] _batches;
    private readonly Thread[] _workers;
    private readonly Action<PreparedArticle> _index;
    private ExceptionDispatchInfo? _failure;
    private bool _completed;
    private int _posted;
    private int _doneByFirst;

    public IndexingPipeline(Action<PreparedArticle> index, int threads)
    {
        _index = index;
        var count = Math.Clamp(threads, 1, 16);
        _queues = new BlockingCollection<List<PreparedArticle>>[count];
        _batches = new List<PreparedArticle>[count];
        _workers = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            var queue = new BlockingCollection<List<PreparedArticle>>(QueueCapacity);
            var first = i == 0;
            _queues[i] = queue;
            _batches[i] = new List<PreparedArticle>(BatchSize);
            _workers[i] = new Thread(() => Work(queue, first)) { IsBackground = true, Name = $"newssearch-index-{i}" };
            _workers[i].Start();
        }
    }

    public void Post(PreparedArticle article)
    {
        _failure?.Throw();
        var worker = 0;
        if (_queues.Length > 1 && _posted >= SoloArticles)
        {
            if (_posted == SoloArticles)
            {
                WaitForFirstWorker();
            }

            worker = (int)((uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)_queues.Length);
        }

        _posted++;
        var batch = _batches[worker];
        batch.Add(article);
        if (batch.Count == BatchSize)
        {
            Send(worker);
        }
    }

    /// <summary>Waits until every posted article is indexed; rethrows a worker's failure.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        Stop();
        _failure?.Throw();
    }

    /// <summary>Stops the workers after what is posted (used on cancellation and errors).</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            Stop();
        }

        foreach (var queue in _queues)
        {
            queue.Dispose();
        }
    }

    /// <summary>Hands over the first worker's partial batch and waits until it has indexed every article so far.</summary>
    private void WaitForFirstWorker()
    {
        if (_batches[0].Count > 0)
        {
            Send(0);
        }

        var spin = new SpinWait();
        while (Volatile.Read(ref _doneByFirst) < _posted)
        {
            _failure?.Throw();
            spin.SpinOnce(sleep1Threshold: 20);
        }
    }

    private void Send(int worker)
    {
        if (!TrySend(worker))
        {
            _failure?.Throw();
        }
    }

    /// <summary>Queues the worker's batch; false when the workers stopped after a failure.</summary>
    private bool TrySend(int worker)
    {
        var batch = _batches[worker];
        _batches[worker] = new List<PreparedArticle>(BatchSize);
        try
        {
            _queues[worker].Add(batch);
            return true;
        }
        catch (InvalidOperationException) when (_failure is not null)
        {
            return false;
        }
    }

    private void Stop()
    {
        _completed = true;
        for (var i = 0; i < _queues.Length; i++)
        {
            if (_failure is null && _batches[i].Count > 0)
            {
                TrySend(i);
            }

            _queues[i].CompleteAdding();
        }

        foreach (var worker in _workers)
        {
            worker.Join();
        }
    }

    private void Work(BlockingCollection<List<PreparedArticle>> queue, bool first)
    {
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var article in batch)
                {
                    if (_failure is null)
                    {
                        _index(article);
                    }
                }

                if (first)
                {
                    Interlocked.Add(ref _doneByFirst, batch.Count);
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
