namespace NewsSearch;

/// <summary>The length of the periods a trend counts articles in. Periods are calendar periods in UTC.</summary>
public enum TrendInterval
{
    /// <summary>Chosen by the span of the matching dates: days up to three months, weeks up to a year and a half, months up to ten years, else years.</summary>
    Auto,

    /// <summary>Calendar days.</summary>
    Day,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar years.</summary>
    Year,
}
