namespace NewsSearch.Benchmarks.Commands;

/// <summary>Latency samples in microseconds, and their percentiles.</summary>
internal sealed class Percentiles
{
    private readonly List<double> _samples = [];
    private double[]? _sorted;

    public int Count => _samples.Count;

    public void Add(double microseconds)
    {
        _samples.Add(microseconds);
        _sorted = null;
    }

    public void AddRange(Percentiles other)
    {
        _samples.AddRange(other._samples);
        _sorted = null;
    }

    public double Median => At(50);

    public double P99 => At(99);

    public double At(double percentile)
    {
        _sorted ??= [.. _samples.Order()];
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = percentile / 100 * (_sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, _sorted.Length - 1);
        return _sorted[low] + ((rank - low) * (_sorted[high] - _sorted[low]));
    }
}
