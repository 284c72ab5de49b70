namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// An index, built once by the CLI, for exact phrases and ranking: articles that hold a phrase
/// as written beside articles that hold only its stems or its non-stop words, and a market-update
/// series in which "update" is common while "Xinjiang" is rare. Ids p1-p8 and u1-u7.
/// </summary>
public sealed class RankingArchive() : JsonLinesArchive("ranking.jsonl", Articles)
{
    private const string Articles = """
        {"id":"p1","title":"Jury returns verdict","source":"Court Wire","published":"2020-01-01","body":"The jury found him not guilty on every count."}
        {"id":"p2","title":"Plea entered","source":"Court Wire","published":"2020-01-02","body":"He pleaded guilty to fraud, his lawyer said."}
        {"id":"p3","title":"Talks collapse","source":"Court Wire","published":"2020-01-03","body":"There will be no deal this year, the minister said."}
        {"id":"p4","title":"Airline signs deals","source":"Court Wire","published":"2020-01-04","body":"The airline signed a deal with two leasing firms."}
        {"id":"p5","title":"The Who announce a farewell tour","source":"Court Wire","published":"2020-01-05","body":"The band played Tommy in full."}
        {"id":"p6","title":"Health agency warns on measles","source":"Court Wire","published":"2020-01-06","body":"Officials who spoke to reporters urged vaccination."}
        {"id":"p7","title":"Saudi Arabia raises crude prices","source":"Court Wire","published":"2020-01-07","body":"The kingdom raises crude prices for Asian buyers."}
        {"id":"p8","title":"Mexico raised crude exports","source":"Court Wire","published":"2020-01-08","body":"Mexico raised crude exports in March."}
        {"id":"u1","title":"MARKET UPDATE","source":"Market Wire","published":"2021-03-01","body":"Shares rose in early trade."}
        {"id":"u2","title":"Bond markets steady","source":"Market Wire","published":"2021-03-02","body":"Bonds were steady. This update covers yields and spreads, and the next update is due at five."}
        {"id":"u3","title":"Dollar firms","source":"Market Wire","published":"2021-03-03","body":"The dollar firmed; the update lists the main crosses."}
        {"id":"u4","title":"Oil prices firm","source":"Market Wire","published":"2021-03-04","body":"Crude rose. A further update on stocks is expected."}
        {"id":"u5","title":"Grain harvest estimates","source":"Market Wire","published":"2021-03-05","body":"Analysts will update their estimates after the rains; the last update was in May."}
        {"id":"u7","title":"Xinjiang quotas","source":"Meridian Wire","published":"2021-03-07","body":"Growers described the new rules."}
        {"id":"u6","title":"Cotton farmers face new rules","source":"Meridian Wire","published":"2021-03-06","body":"Farmers in the north-western region, where most of the country's cotton is grown, described new quotas and inspections that began this spring across the region, including in Xinjiang, according to officials and growers interviewed over several weeks."}

        """;
}
