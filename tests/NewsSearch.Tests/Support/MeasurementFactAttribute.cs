namespace NewsSearch.Tests.Support;

/// <summary>A timing, not a check: runs only when NEWSSEARCH_MEASURE_INGEST=1, and says so when skipped.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEWSSEARCH_MEASURE_INGEST") != "1")
        {
            Skip = "a timing, not a check: set NEWSSEARCH_MEASURE_INGEST=1 to measure ingest throughput";
        }
    }
}
