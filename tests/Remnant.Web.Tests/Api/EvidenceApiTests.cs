using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Api;

public abstract class EvidenceApiTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private static readonly byte[] Photo = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "gps.jpg"));

    private async Task<string> ItemAsync() => (await Seed.Item(Client, (await Seed.Recovery(Client)).Str("id"))).Str("id");

    private Task<HttpResponseMessage> UploadAsync(string itemId, params (byte[] Bytes, string Name)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(itemId), "itemId" } };
        foreach (var (bytes, name) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", name);
        }
        return Client.PostAsync("/api/v1/evidence", form);
    }

    [Fact]
    public async Task Upload_PhotoWithExif_HashTypeTimeAndGpsRecorded()
    {
        var response = await UploadAsync(await ItemAsync(), (Photo, "IMG_0001.txt"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = (await response.ReadJson()).AsArray().Single()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Photo)), file.Str("sha256"));
        Assert.Equal("image/jpeg", file.Str("mediaType"));          // sniffed, not from the .txt name
        Assert.Equal("2024-08-18T14:05:00", file.Str("capturedAt"));
        Assert.Equal(50.6, file["gpsLatitude"]!.GetValue<double>(), 6);
        Assert.Equal(30.5, file["gpsLongitude"]!.GetValue<double>(), 6);
        Assert.Equal(Photo.Length, file["size"]!.GetValue<long>());
    }

    [Fact]
    public async Task Upload_SameBytesTwice_StoredOnceRecordedTwice()
    {
        var item = await ItemAsync();
        var bytes = Photo.Concat(RandomNumberGenerator.GetBytes(16)).ToArray();   // unique to this test
        var first = (await (await UploadAsync(item, (bytes, "a.jpg"))).ReadJson()).AsArray().Single()!;
        var second = (await (await UploadAsync(item, (bytes, "b.jpg"))).ReadJson()).AsArray().Single()!;
        Assert.NotEqual(first.Str("id"), second.Str("id"));
        Assert.Equal(first.Str("sha256"), second.Str("sha256"));
        var sha = first.Str("sha256");
        var copies = Directory.GetFiles(Path.Combine(Factory.DataDirectory, "blobs"), sha, SearchOption.AllDirectories);
        Assert.Single(copies);
        Assert.Equal(Path.Combine(Factory.DataDirectory, "blobs", sha[..2], sha), copies[0]);
    }

    [Fact]
    public async Task Content_Download_ExactBytesSniffedType()
    {
        var file = (await (await UploadAsync(await ItemAsync(), (Photo, "photo.jpg"))).ReadJson()).AsArray().Single()!;
        var response = await Client.GetAsync(file.Str("contentUrl"));
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Photo, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Upload_OverLimit_413NothingRecorded()
    {
        var item = await ItemAsync();
        var big = new byte[Factory.MaxUploadBytes + 1];
        Photo.CopyTo(big, 0);
        var response = await UploadAsync(item, (Photo, "ok.jpg"), (big, "big.jpg"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("big.jpg", (await response.ReadJson()).Str("detail"));
        var list = await (await Client.GetAsync($"/api/v1/evidence?itemId={item}")).ReadJson();
        Assert.Equal(0, list["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>", "page.html")]
    [InlineData("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "x.svg")]
    [InlineData("MZ\u0090\u0000\u0003", "tool.exe")]
    public async Task Upload_NotAnAcceptedType_415(string content, string name)
    {
        var response = await UploadAsync(await ItemAsync(), (System.Text.Encoding.Latin1.GetBytes(content), name));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Upload_PathInName_NameKeptAsDataOnly()
    {
        var file = (await (await UploadAsync(await ItemAsync(), (Photo, "../../../../tmp/evil.jpg"))).ReadJson()).AsArray().Single()!;
        Assert.Equal("evil.jpg", file.Str("originalName"));
        Assert.False(File.Exists("/tmp/evil.jpg"));
    }

    [Fact]
    public async Task Upload_NotMultipart_415()
    {
        var response = await Client.PostAsync("/api/v1/evidence", Json.Raw("{}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Upload_UnknownItem_404()
    {
        var response = await UploadAsync("item-nope", (Photo, "a.jpg"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class EvidenceApiTests_Sqlite(SqliteFactory f) : EvidenceApiTests(f), IClassFixture<SqliteFactory>;

public sealed class EvidenceApiTests_Postgres(PostgresFactory f) : EvidenceApiTests(f), IClassFixture<PostgresFactory>;
