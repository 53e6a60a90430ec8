namespace Remnant.Data;

/// <summary>Settings shared by the web app and the CLI (section <c>Remnant</c>, environment
/// variables <c>Remnant__Operator</c> etc.; the data directory also from <c>REMNANT_DATA</c>).</summary>
public sealed class RemnantOptions
{
    /// <summary>Where the SQLite file and the evidence files live.</summary>
    public string DataDirectory { get; set; } = "remnant-data";

    /// <summary>Who changes are recorded as, until user accounts exist.</summary>
    public string Operator { get; set; } = Environment.UserName;

    /// <summary>Largest evidence file accepted, in bytes (default 100 MB).</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Whether an empty database is given the demo case at first start.</summary>
    public bool SeedDemo { get; set; } = true;
}

/// <summary>Database settings: section <c>Storage</c> and connection string <c>Remnant</c>.</summary>
public sealed class StorageOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
}
