using Lucene.Net.Codecs;
using Lucene.Net.Util;

namespace NewsSearch.Indexing.Codec;

/// <summary>
/// Lets Lucene find <see cref="NewsCodec"/> by the name written in each segment. Lucene.NET keeps one
/// process-wide codec factory (<see cref="Lucene.Net.Codecs.Codec.SetCodecFactory"/>), so NewsSearch
/// has to install one; to leave an application that set its own factory (for its own codecs, or a
/// dependency-injection container) working, this one answers only for <see cref="NewsCodec.CodecName"/>
/// and hands every other name to the factory that was installed before it.
/// </summary>
internal sealed class NewsCodecFactory : ICodecFactory, IServiceListable
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    private readonly ICodecFactory _previous;
    private readonly Lazy<NewsCodec> _codec = new(() => new NewsCodec());

    internal NewsCodecFactory(ICodecFactory previous)
    {
        _previous = previous;
    }

    /// <summary>The codec names this factory and the one before it can create.</summary>
    public ICollection<string> AvailableServices =>
        [.. (_previous as IServiceListable)?.AvailableServices ?? [], NewsCodec.CodecName];

    /// <summary>Installs the factory once per process, chained to the factory in place at that moment.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var current = Lucene.Net.Codecs.Codec.GetCodecFactory();
            if (current is not NewsCodecFactory)
            {
                Lucene.Net.Codecs.Codec.SetCodecFactory(new NewsCodecFactory(current));
            }

            _registered = true;
        }
    }

    /// <inheritdoc />
    public Lucene.Net.Codecs.Codec GetCodec(string name) =>
        string.Equals(name, NewsCodec.CodecName, StringComparison.Ordinal) ? _codec.Value : _previous.GetCodec(name);
}
