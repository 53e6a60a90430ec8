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

    /// <summary>A folder of sanctions list releases imported with the demo case at first start, so that
    /// screening has lists to screen against (<c>run.sh</c> points it at <c>data/sanctions</c>); none when unset.</summary>
    public string? DemoSanctionsFolder { get; set; }
}

/// <summary>Database settings: section <c>Storage</c> and connection string <c>Remnant</c>.</summary>
public sealed class StorageOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
}
