namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>Tells a publisher or agency name (<c>Associated Press</c>) from a job title (<c>Staff Writer</c>) next to a byline.</summary>
internal static class Publishers
{
    private const int MaxNameWords = 6;

    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "AFP", "Reuters", "Associated Press", "Agence France-Presse", "Agence France Presse", "Bloomberg",
        "Xinhua", "BBC", "CNN", "UPI", "dpa", "Kyodo", "Yonhap", "PTI", "ANI", "EFE", "ANSA", "TASS", "CNA",
        "IANS", "AAP", "Bernama", "Anadolu", "Interfax", "Jiji", "NHK", "NPR", "Al Jazeera",
    };

    // The last word of most publication names.
    private static readonly HashSet<string> MastheadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Press", "News", "Agency", "Times", "Post", "Journal", "Herald", "Tribune", "Telegraph", "Guardian",
        "Wire", "Newswire", "Gazette", "Chronicle", "Magazine", "Radio", "Television", "TV", "Network", "Media",
        "Mail", "Observer", "Independent", "Standard", "Review", "Daily", "Weekly", "Express", "Globe", "Star",
        "Sun", "Mirror", "Insider", "Wires", "Service",
    };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Staff", "Senior", "Chief", "Special", "Political", "Foreign", "Business", "Sports", "Sport", "Correspondent",
        "Correspondents", "Reporter", "Reporters", "Writer", "Writers", "Editor", "Editors", "Contributor", "Columnist",
        "Bureau", "Desk", "Analyst", "Producer", "Photographer", "Team", "Contributing", "Assistant", "Deputy",
        "Managing", "Associate", "Investigative", "Health", "Science", "Technology", "Economics", "Economy",
        "Diplomatic", "Defence", "Defense", "Security", "Legal", "Education", "Environment", "Climate", "World",
        "Asia", "Europe", "Africa", "Americas", "Middle", "East", "China", "Washington", "Affairs", "News",
        "Digital", "Online", "Video", "Features", "Culture", "Arts", "Entertainment", "Travel", "Opinion",
        "Markets", "Finance", "Financial", "Energy", "Tech", "and", "&", "of", "the", "Intern", "Freelance",
    };

    private static readonly HashSet<string> NotAgency = new(StringComparer.OrdinalIgnoreCase)
    {
        "Update", "Updated", "Updates", "Corrected", "Correction", "Photo", "Photos", "Video", "Live", "File",
        "Watch", "Listen", "Opinion", "Analysis", "Exclusive", "Repeats", "Adds", "Recasts", "Changes", "Refiles",
    };

    public static bool IsPublisher(string text)
    {
        var name = text.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (Agencies.Contains(name))
        {
            return true;
        }

        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords
            && !IsRole(name)
            && MastheadWords.Contains(words[^1])
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "and" or "&");
    }

    /// <summary>A job title with no name in it, such as <c>Staff Writer</c> or <c>Asia Correspondent</c>.</summary>
    public static bool IsRole(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxNameWords
            && words.All(RoleWords.Contains)
            && !words.All(w => w is "News" or "World" or "China" or "Washington" or "Asia" or "Europe" or "Africa");
    }

    /// <summary>A name in a dateline's parentheses, such as <c>AP</c> or <c>Taiwan News</c>, not a note like <c>UPDATED</c>.</summary>
    public static bool IsDatelineAgency(string text)
    {
        var name = text.Trim();
        if (name.Length == 0 || !char.IsLetter(name[0]) || !char.IsUpper(name[0]) || TextShape.WordCount(name) > 5)
        {
            return false;
        }

        return !name.Any(char.IsDigit) && !NotAgency.Contains(name.Split(' ')[0]);
    }
}
