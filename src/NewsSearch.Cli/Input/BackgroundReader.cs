using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NewsSearch.Cli.Input;

/// <summary>
/// Reads records on a background thread while the caller indexes them: parsing JSON overlaps
/// with analysis, and a caller waiting for input (a quiet stdin) can still be cancelled by Ctrl-C.
/// </summary>
internal sealed class BackgroundReader : IDisposable
{
    private readonly BlockingCollection<ArticleRecord> _queue = new(boundedCapacity: 1024);
    private readonly CancellationTokenSource _stop = new();
    private Exception? _failure;

    public BackgroundReader(IEnumerable<ArticleRecord> records)
    {
        // A background thread, so a read blocked on a terminal or pipe never keeps the process alive.
        var thread = new Thread(() => Produce(records)) { IsBackground = true, Name = "newssearch reader" };
        thread.Start();
    }

    /// <summary>The records in input order; rethrows a failure of the reading thread at the end.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<ArticleRecord> Read(CancellationToken cancellationToken)
    {
        foreach (var record in _queue.GetConsumingEnumerable(cancellationToken))
        {
            yield return record;
        }

        if (Volatile.Read(ref _failure) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    public void Dispose()
    {
        // The queue is not disposed: the thread may still be blocked reading stdin, and it must not
        // touch a disposed queue when the read returns. It ends with the process.
        _stop.Cancel();
    }

    private void Produce(IEnumerable<ArticleRecord> records)
    {
        try
        {
            foreach (var record in records)
            {
                _queue.Add(record, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped; nobody wants the rest.
        }
#pragma warning disable CA1031 // Any failure is handed to the consuming thread, which reports it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _failure, exception);
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }
}
