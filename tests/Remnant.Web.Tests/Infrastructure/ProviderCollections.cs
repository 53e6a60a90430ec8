namespace Remnant.Web.Tests.Infrastructure;

/// <summary>Every API suite is an abstract class taking a <see cref="RemnantFactory"/>, with two
/// one-line subclasses: <c>class XTests_Sqlite(SqliteFactory f) : XTests(f), IClassFixture&lt;SqliteFactory&gt;</c>
/// and the same for <see cref="PostgresFactory"/>. This base holds the shared client.</summary>
public abstract class ApiTestBase(RemnantFactory factory)
{
    protected RemnantFactory Factory { get; } = factory;

    protected HttpClient Client { get; } = factory.CreateClient();
}
