using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Remnant.Data.Storage;

namespace Remnant.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider
/// (see tools/migrations.sh); never used at run time.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RemnantDbContext>
{
    public RemnantDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<RemnantDbContext>();
        DataServices.Configure(builder, new StorageOptions { Provider = "Sqlite" },
            "Data Source=design-time.db",
            new RemnantOptions { DataDirectory = Path.GetTempPath() });
        return new RemnantDbContext(builder.Options);
    }
}
