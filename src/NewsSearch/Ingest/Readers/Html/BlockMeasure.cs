namespace NewsSearch.Ingest.Readers.Html;

/// <summary>The sizes of a block's text summed over its paragraphs: characters, link characters, commas, and how many paragraphs.</summary>
internal readonly record struct BlockMeasure(int Length, int LinkLength, int Commas, int Paragraphs);
