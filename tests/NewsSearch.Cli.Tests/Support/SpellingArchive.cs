namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// An index of articles for spelling variants, Chinese text and explanations, built once by the
/// CLI and shared by read-only tests: ids s1-s6.
/// </summary>
public sealed class SpellingArchive() : JsonLinesArchive("spelling.jsonl", Articles)
{
    private const string Articles = """
        {"id":"s1","title":"Uyghur families wait for news","source":"Meridian Wire","published":"2019-03-01","body":"Relatives of Uyghurs detained in Xinjiang spoke to reporters in Geneva."}
        {"id":"s2","title":"Exiled poets publish letters","source":"Meridian Wire","published":"2020-06-01","body":"Uyghur poets abroad published letters to their families in Xinjiang."}
        {"id":"s3","title":"Trams return to Kyiv","source":"Eastgate Press","published":"2022-12-01","body":"The city restored power to its tram lines after a week."}
        {"id":"s4","title":"新疆棉花产量下降","source":"Demo Wire","published":"2021-04-02","language":"zh","body":"今年新疆棉花产量下降，多家服装品牌表示正在重新审查供应链。"}
        {"id":"s5","title":"新的边疆政策公布","source":"Demo Wire","published":"2021-05-10","language":"zh","body":"政府公布了新的措施，边疆地区的学校将获得更多资金。"}
        {"id":"s6","title":"Zürich café owners protest rent rises","source":"Alpine Courier","published":"2021-03-20","body":"Café owners in Zürich marched on Saturday."}
        {"id":"s7","title":"Libya's leader receives envoys","source":"Meridian Wire","published":"2004-03-25","body":"Colonel Gaddafi received European envoys in Tripoli."}
        {"id":"s8","title":"Iran's president visits Paris","source":"Meridian Wire","published":"1999-10-27","body":"President Khatami met French business leaders."}
        {"id":"s9","title":"Reformers rally in Tehran","source":"Meridian Wire","published":"2000-02-18","body":"Supporters of Khatami gathered before the vote."}
        {"id":"s10","title":"Khatami speaks at the UN","source":"Meridian Wire","published":"2001-11-09","body":"Khatami called for a dialogue among civilisations."}

        """;
}
