using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Codecs;

namespace NewsSearch.Indexing.Codec;

/// <summary>
/// Lets Lucene find <see cref="NewsCodec"/> by the name written in each segment. Lucene.NET keeps one
/// process-wide codec factory, so registering replaces the default one with one that knows every
/// built-in codec plus ours.
/// </summary>
internal sealed class NewsCodecFactory : DefaultCodecFactory
{
    private static int _registered;

    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(NewsCodec))]
    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            Lucene.Net.Codecs.Codec.SetCodecFactory(new NewsCodecFactory());
        }
    }

    protected override void Initialize()
    {
        base.Initialize();
        PutCodecType(typeof(NewsCodec));
    }
}
