namespace NewsSearch.Alerts;

/// <summary>A saved search with the arrival number it has read up to.</summary>
internal sealed record SavedSearchEntry(SavedSearch Search, long LastArrival);
