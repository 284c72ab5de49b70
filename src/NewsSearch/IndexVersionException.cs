namespace NewsSearch;

/// <summary>
/// The index was written with another schema version than this NewsSearch reads and writes, so
/// it has to be rebuilt from the original inputs (<see cref="NewsIndexWriter.Create"/>).
/// </summary>
public sealed class IndexVersionException : NewsSearchException
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/> written with <paramref name="schemaVersion"/>.</summary>
    public IndexVersionException(string indexPath, int schemaVersion, int supportedSchemaVersion)
        : base($"index at '{indexPath}' uses schema version {schemaVersion}, but this NewsSearch reads version {supportedSchemaVersion}")
    {
        IndexPath = indexPath;
        SchemaVersion = schemaVersion;
        SupportedSchemaVersion = supportedSchemaVersion;
    }

    /// <summary>The index folder as given.</summary>
    public string IndexPath { get; }

    /// <summary>The schema version the index was written with.</summary>
    public int SchemaVersion { get; }

    /// <summary>The schema version this NewsSearch reads and writes.</summary>
    public int SupportedSchemaVersion { get; }
}
