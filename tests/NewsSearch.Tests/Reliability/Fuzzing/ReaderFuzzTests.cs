using FsCheck;
using FsCheck.Fluent;

namespace NewsSearch.Tests.Reliability.Fuzzing;

/// <summary>
/// Every reader, on 10,000 generated hostile inputs each (more with NEWSSEARCH_FUZZ_ITERATIONS):
/// reading never throws; whatever is wrong comes back as warnings, and every article has an id.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ReaderFuzzTests
{
    public static TheoryData<ArticleFormat> Formats => [.. Enum.GetValues<ArticleFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_HostileBytes_NeverThrows(ArticleFormat format)
    {
        var names = Gen.Elements("in.jsonl", "in.json", "in.txt", "in.html", "in.xml", "in.rss", "in.jsonl.gz", "in", "<stdin>");
        var property = Prop.ForAll(FuzzInputs.Documents, names.ToArbitrary(), (bytes, name) =>
        {
            var records = ArticleReader.Read(new MemoryStream(bytes), name, format).ToList();
            return records.All(r => r.Article is null || !string.IsNullOrWhiteSpace(r.Article.Id))
                && records.All(r => r.Article is not null || r.Warnings.Count > 0);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzInputs.Iterations).WithQuietOnSuccess(true), property);
    }
}
