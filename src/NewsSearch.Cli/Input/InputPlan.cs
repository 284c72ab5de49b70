namespace NewsSearch.Cli.Input;

/// <summary>
/// The inputs named on the command line, in order: files, folders expanded to their article files,
/// and <c>-</c> for standard input. A path that cannot be used becomes a record with a warning,
/// so it is reported and counted like any other skipped record, and the run goes on.
/// </summary>
internal sealed class InputPlan
{
    /// <summary>The argument that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The name standard input goes by in records and warnings (<c>&lt;stdin&gt;:17: …</c>).</summary>
    public const string StandardInputName = "<stdin>";

    private readonly IReadOnlyList<Step> _steps;
    private int _inputsDone;

    private InputPlan(IReadOnlyList<Step> steps)
    {
        _steps = steps;
        InputCount = steps.Count(step => step.Problem is null);
    }

    /// <summary>How many files (standard input counts as one) will be read.</summary>
    public int InputCount { get; }

    /// <summary>How many inputs have been read to the end so far; safe to read from another thread.</summary>
    public int InputsDone => Volatile.Read(ref _inputsDone);

    /// <summary>The arguments that name nothing readable, as warnings.</summary>
    public IEnumerable<ReadWarning> Problems => _steps.Where(step => step.Problem is not null).SelectMany(step => step.Problem!.Warnings);

    public static InputPlan Create(IEnumerable<string> arguments)
    {
        var steps = new List<Step>();
        var readsStandardInput = false;
        foreach (var argument in arguments)
        {
            if (argument == StandardInput)
            {
                if (readsStandardInput)
                {
                    steps.Add(Step.Failed(StandardInputName, "standard input ('-') given more than once; read once"));
                }
                else
                {
                    readsStandardInput = true;
                    steps.Add(new Step(null, null));
                }

                continue;
            }

            var files = ArticleReader.ExpandPaths([argument], out var missing);
            if (missing.Count > 0)
            {
                steps.Add(Step.Failed(argument, "no such file or folder"));
            }
            else if (files.Count == 0)
            {
                steps.Add(Step.Failed(argument, "no article files in this folder (looked for .jsonl, .ndjson, .json, .txt, .html, .htm, .xml, .rss, .atom and their .gz)"));
            }
            else
            {
                steps.AddRange(files.Select(file => new Step(file, null)));
            }
        }

        return new InputPlan(steps);
    }

    /// <summary>Reads every input in order, lazily; runs of files go through ArticleReader.ReadPaths, which parses them on several cores.</summary>
    public IEnumerable<ArticleRecord> Read(ArticleFormat format)
    {
        for (var i = 0; i < _steps.Count; i++)
        {
            var step = _steps[i];
            if (step.Problem is not null)
            {
                yield return step.Problem;
                continue;
            }

            if (step.File is null)
            {
                foreach (var record in ArticleReader.Read(Console.OpenStandardInput(), StandardInputName, format))
                {
                    yield return record;
                }

                Interlocked.Increment(ref _inputsDone);
                continue;
            }

            var run = new List<string>();
            while (i < _steps.Count && _steps[i] is { File: { } file, Problem: null })
            {
                run.Add(file);
                i++;
            }

            i--;
            var done = 0;
            string? current = null;
            foreach (var record in ArticleReader.ReadPaths(run, format))
            {
                // Records come file by file, in order: a new path means the previous file is finished.
                if (current is not null && record.Path != current && done < run.Count)
                {
                    done++;
                    Interlocked.Increment(ref _inputsDone);
                }

                current = record.Path;
                yield return record;
            }

            Interlocked.Add(ref _inputsDone, run.Count - done);
        }
    }

    /// <summary>One file to read (null for standard input), or an argument that failed.</summary>
    private sealed record Step(string? File, ArticleRecord? Problem)
    {
        public static Step Failed(string path, string message) =>
            new(null, new ArticleRecord { Path = path, Warnings = [new ReadWarning(path, null, message)] });
    }
}
