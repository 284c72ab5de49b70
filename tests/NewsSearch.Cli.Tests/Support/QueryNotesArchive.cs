namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// A small index for relaxation and query-note tests: two Volcker stories (one from 1987, one
/// undated), two Chelsea stories from the BBC (one naming Mourinho) and a 2011 story whose text
/// is full of punctuation (AC/DC, 9/11, a URL), shared by read-only tests.
/// </summary>
public sealed class QueryNotesArchive() : JsonLinesArchive("notes.jsonl", Articles)
{
    private const string Articles = """
        {"id":"v1","title":"Volcker says rates will stay steady","body":"Fed chairman Paul Volcker said interest rates would stay steady this spring.","source":"Reuters","published":"1987-03-01","section":"business"}
        {"id":"v2","title":"Volcker on the dollar","body":"Volcker spoke about the dollar and interest rates at a dinner.","source":"Reuters"}
        {"id":"c1","title":"Chelsea beat Arsenal","body":"Chelsea won 2-0 under Mourinho on Saturday.","source":"BBC News","published":"2005-03-01","section":"sport"}
        {"id":"c2","title":"Chelsea youth team wins the cup","body":"Chelsea academy players won the youth cup.","source":"BBC News","published":"2005-04-01","section":"sport"}
        {"id":"x1","title":"AC/DC play 9/11 anniversary concert","body":"The band AC/DC played a concert in Xinjiang! Which titles? See https://example.com/news/acdc for the set list.","source":"Meridian Wire","published":"2011-09-11","section":"culture"}

        """;
}
