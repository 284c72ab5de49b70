using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using NewsSearch.Indexing.Codec;

namespace NewsSearch.Tests.Indexing.Codec;

public sealed class NewsCodecFactoryTests
{
    [Fact]
    public void GetCodec_NewsCodecName_ReturnsTheNewsCodecWithoutAskingThePreviousFactory()
    {
        var previous = new RecordingFactory();
        var factory = new NewsCodecFactory(previous);

        var codec = factory.GetCodec(NewsCodec.CodecName);

        Assert.IsType<NewsCodec>(codec);
        Assert.Empty(previous.Asked);
    }

    [Fact]
    public void GetCodec_AnyOtherName_IsAnsweredByTheFactoryInstalledBefore()
    {
        var previous = new RecordingFactory();
        var factory = new NewsCodecFactory(previous);

        var codec = factory.GetCodec("Lucene46");

        Assert.IsType<Lucene46Codec>(codec);
        Assert.Equal(["Lucene46"], previous.Asked);
    }

    [Fact]
    public void EnsureRegistered_Twice_KeepsOneFactoryThatStillResolvesLucenesOwnCodecs()
    {
        NewsCodecFactory.EnsureRegistered();
        var first = Lucene.Net.Codecs.Codec.GetCodecFactory();

        NewsCodecFactory.EnsureRegistered();

        Assert.Same(first, Lucene.Net.Codecs.Codec.GetCodecFactory());
        Assert.IsType<Lucene46Codec>(Lucene.Net.Codecs.Codec.ForName("Lucene46"));
    }

    private sealed class RecordingFactory : ICodecFactory
    {
        public List<string> Asked { get; } = [];

        public Lucene.Net.Codecs.Codec GetCodec(string name)
        {
            Asked.Add(name);
            return new Lucene46Codec();
        }
    }
}
