using System.Text.Json.Serialization;

namespace NewsSearch.Benchmarks.Baselines;

[JsonSerializable(typeof(RawArticle))]
internal sealed partial class RawArticleJson : JsonSerializerContext;
