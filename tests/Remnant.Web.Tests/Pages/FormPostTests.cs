using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Remnant.Domain.Cases;
using Remnant.Domain.Items;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Pages;

/// <summary>Forms posted as a browser posts them: the antiforgery token and cookie taken from the
/// page first. Redirects are not followed, so each answer can be checked.</summary>
public abstract class FormPostTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private readonly PageSeed _seed = new(factory);
    private readonly HttpClient _browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    // A JPEG as far as sniffing goes (its first bytes), with no EXIF at all.
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    [Fact]
    public async Task NewRecovery_LatitudeOutOfRange_FieldMessageAndNothingSaved()
    {
        var place = "Out of range " + Guid.NewGuid().ToString("N")[..6];
        var response = await PostBlazorFormAsync("/recoveries/new", "recovery", new()
        {
            ["Input.Latitude"] = "123", ["Input.Longitude"] = "30.5", ["Input.PlaceName"] = place,
            ["Input.RecoveredOn"] = "2024-08-18", ["Input.DocumentedOn"] = "2024-08-17", ["Input.SourceType"] = "FieldDocumentation",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("between -90 and 90", Html.TextOf(page, "#latitude-error"));
        Assert.Contains("recovery date", Html.TextOf(page, "#documentedOn-error"));
        Assert.Equal("latitude-error", page.QuerySelector("#latitude")!.GetAttribute("aria-describedby"));
        Assert.Equal("123", page.QuerySelector("#latitude")!.GetAttribute("value"));
        Assert.False(await _seed.ReadAsync(db => db.Recoveries.AnyAsync(r => r.PlaceName == place)));
    }

    [Fact]
    public async Task NewRecovery_WithoutCase_SavedInUnassignedCase()
    {
        var place = "Unassigned " + Guid.NewGuid().ToString("N")[..6];
        var response = await PostBlazorFormAsync("/recoveries/new", "recovery", new()
        {
            ["Input.CaseId"] = "", ["Input.PlaceName"] = place, ["Input.Country"] = "ua", ["Input.SourceType"] = "SeizureRecord",
        });

        await Html.AssertRedirectAsync(response);
        var saved = await _seed.ReadAsync(db => db.Recoveries.SingleAsync(r => r.PlaceName == place));
        Assert.Equal($"/recoveries/{saved.Id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal(Case.UnassignedId, saved.CaseId);
        Assert.Equal("UA", saved.Country);
        Assert.True(await _seed.ReadAsync(db => db.Cases.AnyAsync(c => c.Id == Case.UnassignedId)));
    }

    [Fact]
    public async Task Upload_ManyFiles_EachStoredOrRefusedAndServedSafely()
    {
        var item = await NewItemAsync();
        var page = await Html.GetAsync(_browser, $"/items/{item.Id}");
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in Html.FormFields(page, action: "/forms/evidence")) form.Add(new StringContent(value), name);
        form.Add(File(Jpeg, "image/jpeg", "../../etc/Фото \"113\" .jpg"));
        form.Add(File("MZ\0\0executable"u8.ToArray(), "image/jpeg", "photo.jpg"));

        var response = await _browser.PostAsync("/forms/evidence", form);

        await Html.AssertRedirectAsync(response);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.StartsWith($"/items/{item.Id}?added=1&refused=unsupported:photo.jpg", location);
        var stored = await _seed.ReadAsync(db => db.EvidenceFiles.SingleAsync(f => f.ItemId == item.Id));
        Assert.Equal("Фото \"113\" .jpg", stored.OriginalName);

        var download = await _browser.GetAsync($"/files/{stored.Id}");
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal("Фото \"113\" .jpg", disposition.FileNameStar);
        Assert.DoesNotContain('/', disposition.FileName ?? "");
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());

        var shown = await Html.GetAsync(Client, $"/items/{item.Id}?added=1&refused=unsupported:photo.jpg");
        Assert.Contains("1 file(s) added.", Html.TextOf(shown, "#photos [role=status]"));
        Assert.Contains("photo.jpg", Html.TextOf(shown, "#photos [role=status] .field-error"));
    }

    [Fact]
    public async Task Retract_WithoutReason_KeptAndAsked_WithReason_Retracted()
    {
        var item = await NewItemAsync();
        var marking = await _seed.MarkingAsync(item.Id, "113");
        var page = await Html.GetAsync(_browser, $"/items/{item.Id}");
        var fields = Html.FormFields(page, action: "/forms/retract");

        var refused = await _browser.PostAsync("/forms/retract", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["reason"] = "  " }));
        Assert.Equal($"/items/{item.Id}?retractError={marking.Id}#rec-{marking.Id}", refused.Headers.Location!.OriginalString);
        Assert.Null(await _seed.ReadAsync(db => db.Markings.Where(m => m.Id == marking.Id).Select(m => m.RetractedAt).SingleAsync()));
        var asked = await Html.GetAsync(Client, refused.Headers.Location.OriginalString);
        Assert.NotNull(asked.QuerySelector($"#reason-{marking.Id}-error"));

        var done = await _browser.PostAsync("/forms/retract", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["reason"] = "Wrong item." }));
        await Html.AssertRedirectAsync(done);
        var retracted = await _seed.ReadAsync(db => db.Markings.SingleAsync(m => m.Id == marking.Id));
        Assert.Equal("Wrong item.", retracted.RetractionReason);
        Assert.Equal("tester", retracted.RetractedBy);
    }

    [Fact]
    public async Task Retract_WithoutAntiforgeryToken_Refused()
    {
        var item = await NewItemAsync();
        var marking = await _seed.MarkingAsync(item.Id, "113");
        var response = await _browser.PostAsync("/forms/retract", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["kind"] = "marking", ["id"] = marking.Id, ["reason"] = "Forged request.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await _seed.ReadAsync(db => db.Markings.Where(m => m.Id == marking.Id).Select(m => m.RetractedAt).SingleAsync()));
    }

    private async Task<HttpResponseMessage> PostBlazorFormAsync(string url, string formName, Dictionary<string, string> values)
    {
        var page = await Html.GetAsync(_browser, url);
        var fields = Html.FormFields(page, handler: formName);
        foreach (var (name, value) in values) fields[name] = value;
        return await _browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    // The name goes in filename* (RFC 5987), as browsers send names that a quoted string cannot hold.
    private static ByteArrayContent File(byte[] bytes, string type, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileNameStar = fileName };
        return content;
    }

    private async Task<Item> NewItemAsync()
    {
        var c = await _seed.CaseAsync("Forms");
        var r = await _seed.RecoveryAsync(c.Id);
        return await _seed.ItemAsync(r.Id, new ItemFields(ItemCategory.Component, Model: "Actuator"));
    }
}

public sealed class FormPostTests_Sqlite(SqliteFactory f) : FormPostTests(f), IClassFixture<SqliteFactory>;

public sealed class FormPostTests_Postgres(PostgresFactory f) : FormPostTests(f), IClassFixture<PostgresFactory>;
