namespace NewsSearch.Cli.Tests.Support;

/// <summary>
/// An index with one agency story run by two outlets (w1, w2), another outlet's own story on the
/// same event (w3), an unrelated story (w4) and an undated one (w5), shared by read-only tests.
/// </summary>
public sealed class WireArchive() : JsonLinesArchive("wire.jsonl", Articles())
{
    private const string Agency = "Rescue teams on Saturday reached eleven miners who had been trapped for three days by a rockfall deep underground at the Dorrach colliery, and all of them were alive, the operator said. The men had taken shelter in a refuge chamber stocked with air, water and food after part of a tunnel collapsed on Wednesday afternoon. Rescuers drilled a narrow shaft to pass them supplies and then cleared a path through the rubble. Relatives who had kept a vigil at the gates cheered as ambulances carried the men to hospital.";

    private static readonly string Copy = Agency.Replace("on Wednesday afternoon", "on Wednesday", StringComparison.Ordinal).Replace("cheered as", "cheered when", StringComparison.Ordinal);

    private const string OwnStory = "Eleven coal miners trapped at Dorrach since Wednesday were brought to the surface on Saturday. A rockfall had sealed off the tunnel where they worked; they reached a refuge chamber, where emergency stocks kept them going until a supply line was drilled down to them. Families waiting at the gates broke into applause. State inspectors will now investigate the collapse, and the mine has halted production while they do.";

    private static string Articles()
    {
        string[] lines =
        [
            Line("w1", "Rescuers reach trapped miners at Dorrach colliery", "Meridian Wire", "2023-03-04", "Tomas Reiner", Agency),
            Line("w2", "All eleven trapped Dorrach miners found alive", "Coastline Herald", "2023-03-04", null, Copy),
            Line("w3", "Dorrach miners alive after three days underground", "Harbour Gazette", "2023-03-05", "Ana Quispe", OwnStory),
            Line("w4", "Colliery reopens two months after rockfall", "Meridian Wire", "2023-05-10", "Tomas Reiner", "The Dorrach colliery reopened on Wednesday, two months after the rockfall that trapped eleven miners, with new roof supports in the main tunnel."),
            Line("w5", "Mining towns remember past disasters", "Harbour Gazette", null, null, "An undated feature on colliery disasters and the miners who survived them."),
        ];
        return string.Join('\n', lines) + "\n";
    }

    private static string Line(string id, string title, string source, string? published, string? byline, string body) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["id"] = id,
            ["title"] = title,
            ["source"] = source,
            ["published"] = published,
            ["byline"] = byline,
            ["body"] = body,
        }.Where(pair => pair.Value is not null).ToDictionary());
}
