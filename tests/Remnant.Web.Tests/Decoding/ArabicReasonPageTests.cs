using System.Net;
using Remnant.Domain.Wording;
using Remnant.Web.Tests.Infrastructure;

namespace Remnant.Web.Tests.Decoding;

/// <summary>The demo actuator's marking 113, decoded and stored in English when the demo was seeded,
/// reads in Arabic on the Arabic item page (Juche 113 = 2024) and as stored on the English one.</summary>
public abstract class ArabicReasonPageTests(RemnantFactory factory) : ApiTestBase(factory)
{
    private const string Item = "/items/demo-item-2024-08-18-actuator-1";

    [Fact]
    public async Task ItemPage_Arabic_JucheReasonInArabic()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(Item + "?culture=ar"));

        // Numbers and dates stay digits, each isolated so that it keeps its order inside Arabic.
        Assert.Contains("سنة جوتشي \u2068113\u2069 = \u20682024\u2069 (الميلادية = جوتشي + 1911)", page, StringComparison.Ordinal);
        Assert.Contains("بلد الصنع، \u2068KP\u2069، يستخدم هذا التقويم", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_Arabic_NoEnglishReasonText()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(Item + "?culture=ar"));

        // The fixed text between a sentence's placeholders: none of it may reach an Arabic page.
        var english = Template.All.Where(t => !t.IsWord)
            .SelectMany(t => System.Text.RegularExpressions.Regex.Split(t.English, @"\{\d+\}"))
            .Select(f => f.Trim()).Where(f => f.Length >= 12).Distinct().ToList();
        Assert.NotEmpty(english);
        Assert.DoesNotContain(english, f => page.Contains(f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemPage_WindowAndAssemblyReasons_ShownInEachLanguage()
    {
        var english = WebUtility.HtmlDecode(await Client.GetStringAsync(Item));
        var arabic = WebUtility.HtmlDecode(await Client.GetStringAsync(Item + "?culture=ar"));
        var why = new System.Text.RegularExpressions.Regex("data-field=\"production-window-why\">([^<]+)<");
        var windowEnglish = why.Match(english).Groups[1].Value;
        var windowArabic = why.Match(arabic).Groups[1].Value;
        // The demo actuator is dated by its Juche year: the sentence names that marking in both languages.
        Assert.Contains("113", windowEnglish, StringComparison.Ordinal);
        Assert.Contains("113", windowArabic, StringComparison.Ordinal);
        Assert.Contains(windowArabic, c => c is >= '\u0600' and <= '\u06FF');
        Assert.NotEqual(windowEnglish, windowArabic);
        // The marking's label names its reading's state in Arabic too: "113 (juche, provisional)" in English only.
        Assert.Contains("provisional", windowEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("provisional", windowArabic, StringComparison.Ordinal);
        Assert.Contains("مؤقت", windowArabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssemblyPage_Arabic_SettingComponentAndMarkingWorded()
    {
        var arabic = WebUtility.HtmlDecode(await Client.GetStringAsync("/items/demo-item-2024-08-18-missile?culture=ar"));
        var why = System.Text.RegularExpressions.Regex.Match(arabic, "data-field=\"assembly-why\">([^<]+)<").Groups[1].Value;
        Assert.Contains("Jet-vane actuator", why, StringComparison.Ordinal);
        Assert.Contains("113", why, StringComparison.Ordinal);
        Assert.DoesNotContain("marking", why, StringComparison.Ordinal);
        Assert.Contains("(العلامة \u2068113\u2069)", why, StringComparison.Ordinal);
        Assert.DoesNotContain("Not before", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Item, "production-window-why")]
    [InlineData("/items/demo-item-2024-08-18-missile", "assembly-why")]
    public async Task ItemPage_Arabic_DatingLabelsKeepNoEnglishOfTheirWords(string page, string field)
    {
        var arabic = WebUtility.HtmlDecode(await Client.GetStringAsync(page + "?culture=ar"));
        var why = System.Text.RegularExpressions.Regex.Match(arabic, $"data-field=\"{field}\">([^<]+)<").Groups[1].Value;

        // The fixed text of the words that label a reading and a setting component, as the domain declares them.
        var words = new[] { "{0} ({1}, provisional)", "{0} ({1}, accepted)", "{0} (marking {1})" }
            .Select(e => Assert.Single(Template.All, t => t.IsWord && t.English == e)).ToList();
        var english = words.SelectMany(t => System.Text.RegularExpressions.Regex.Split(t.English, @"\{\d+\}"))
            .Select(f => f.Trim()).Where(f => f.Any(char.IsLetter)).ToList();
        Assert.Equal([", provisional)", ", accepted)", "(marking"], english);
        Assert.DoesNotContain(english, f => why.Contains(f, StringComparison.Ordinal));
        // The demo's readings await the analyst: the state, and the setter's marking, in Arabic.
        Assert.Contains(field == "assembly-why" ? "(العلامة \u2068113\u2069)" : "(\u2068juche\u2069، مؤقت)", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_Arabic_EmbargoMeasuresCitedInArabic()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(Item + "?culture=ar"));
        var panel = System.Text.RegularExpressions.Regex.Match(page, "<section aria-labelledby=\"embargo-h\".*?</section>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Value;

        // The list of measures under the sentence cites them as the sentence does.
        Assert.True(panel.Contains("<li><bdi>القرار 1718 (2006) الفقرة 8(b)</bdi>", StringComparison.Ordinal), panel);
        Assert.DoesNotContain("resolution 1718", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_English_ReasonAsStored()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync(Item));

        Assert.Contains("Juche year 113 = 2024 (Gregorian = Juche + 1911), the DPRK calendar.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("سنة جوتشي", page, StringComparison.Ordinal);
    }
}

public sealed class ArabicReasonPageTests_Sqlite(DemoSqliteFactory f) : ArabicReasonPageTests(f), IClassFixture<DemoSqliteFactory>;

public sealed class ArabicReasonPageTests_Postgres(DemoPostgresFactory f) : ArabicReasonPageTests(f), IClassFixture<DemoPostgresFactory>;
