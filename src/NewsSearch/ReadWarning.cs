namespace NewsSearch;

/// <summary>
/// A problem found while reading input: the record is still indexed without the bad field,
/// or skipped when nothing indexable is left, and reading goes on.
/// </summary>
/// <param name="Path">The input file, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line of the record, when the format has lines.</param>
/// <param name="Message">What is wrong, naming the field where there is one.</param>
public sealed record ReadWarning(string Path, int? Line, string Message)
{
    /// <summary>Formats the warning as <c>path:line: message</c>, the way compilers and grep do.</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
