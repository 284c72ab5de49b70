using PublicApiGenerator;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheApprovedFile_AndExposesNoLuceneTypes()
    {
        var api = typeof(NewsArticle).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        var approvedPath = Path.Combine(SharedData.RepositoryRoot, "tests", "NewsSearch.Tests", "NewsSearch.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";

        if (Environment.GetEnvironmentVariable("NEWSSEARCH_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, api);
            approved = api;
        }

        Assert.DoesNotContain("Lucene.", api, StringComparison.Ordinal);
        Assert.Equal(approved.ReplaceLineEndings(), api.ReplaceLineEndings());
    }
}
