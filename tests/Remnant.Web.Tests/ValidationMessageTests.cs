using Microsoft.Extensions.Localization;
using Remnant.Domain.Custody;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;
using Remnant.Domain.Validation;
using Remnant.Web.Components.Forms;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests;

/// <summary>Every message a form can show next to a field, produced by the domain's own rules and
/// the form readers, reads in Arabic on the Arabic pages.</summary>
public sealed class ValidationMessageTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    public static TheoryData<string> Messages()
    {
        var all = new ValidationErrors();
        all.Merge(Recovery.Apply(new Recovery { Id = "r", CaseId = "c" }, new RecoveryFields(Latitude: 123, Country: "ZZ",
            RecoveredOn: Today.AddDays(1), DocumentedOn: Today.AddDays(-1), AdminArea: new string('x', 201), PlaceName: "a\u0001b"), Today));
        all.Merge(Recovery.Apply(new Recovery { Id = "r", CaseId = "c" }, new RecoveryFields(Longitude: 200), Today));
        all.Merge(Item.Apply(new Item { Id = "i", RecoveryId = "r" }, new ItemFields((ItemCategory)99, "i", CountryOfManufacture: "QQ", Quantity: 0), []));
        all.Merge(Item.Apply(new Item { Id = "i", RecoveryId = "r" }, new ItemFields(ItemCategory.Component, "bad id!"), []));
        all.Merge(Marking.Validate(new MarkingFields(null, Method: (MarkingMethod)99, Legibility: (Legibility)99, EvidenceFileId: "bad id!")));
        all.Merge(Marking.Validate(new MarkingFields(new string('x', 1001))));
        all.Merge(Marking.Validate(new MarkingFields("a\u0001")));
        all.Merge(CustodyEvent.Apply(new CustodyEvent { Id = "c", ToHolder = "" }, "i", null, null, null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), null, null, DateTimeOffset.UnixEpoch));
        FormParse.Number("abc", "latitude", all);
        FormParse.Integer("1.5", "quantity", all);
        FormParse.Date("18/08/2024", "recoveredOn", all);
        FormParse.UtcDateTime("yesterday", "occurredAt", all);
        FormParse.Choice<SourceType>("Rumour", "sourceType", all, SourceType.Other);
        var data = new TheoryData<string>();
        foreach (var message in all.Fields.SelectMany(f => f.Value).Distinct()) data.Add(message);
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Localize_DomainMessageInArabic_Translated(string message)
    {
        var text = factory.InCulture("ar", L => MessageText.Localize(L, message));
        Assert.NotEqual(message, text);
        Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Localize_DomainMessageInEnglish_Unchanged(string message) =>
        Assert.Equal(message, factory.InCulture("en", L => MessageText.Localize(L, message)).Replace("\u2068", "").Replace("\u2069", ""));

    [Fact]
    public void Localize_CountryMessage_KeepsTheValueIsolated()
    {
        var text = factory.InCulture("ar", L => MessageText.Localize(L, "'ZZ' is not an ISO 3166-1 alpha-2 country code."));
        Assert.Contains("\u2068ZZ\u2069", text);
    }
}
