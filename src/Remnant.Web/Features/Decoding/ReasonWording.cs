using System.Globalization;
using Microsoft.Extensions.Localization;
using Remnant.Domain.Wording;
using Remnant.Web.Components.Display;

namespace Remnant.Web.Features.Decoding;

/// <summary>
/// A decoder's or dating's reason in the reader's language. Each phrase's English template is the
/// key of its translation (<c>SharedResource.ar.resx</c>); words among its arguments (a calendar's
/// name, a month) are translated the same way, and the rest (numbers, ISO dates, codes, factory
/// names and sources from the tables) stay as written, isolated so that Latin text and digits keep
/// their order inside right-to-left Arabic. English, and a phrase without a translation, read as
/// the domain wrote them.
/// </summary>
internal static class ReasonWording
{
    /// <summary><paramref name="reason"/> in the current UI culture.</summary>
    public static string Text(IStringLocalizer L, Reason reason) =>
        IsEnglish ? reason.ToString() : string.Join(' ', reason.Phrases.Select(p => Say(L, p)));

    /// <summary>A reason stored as English text (a decode saved with its marking). Decodes are stored
    /// as the English they were shown in, which the API returns unchanged; here the text is read back
    /// into phrases (<see cref="Reason.TryParse"/>) and said in the reader's language. Text that is not
    /// the domain's current wording (an older decode, one cut for length) stays as stored.</summary>
    public static string Text(IStringLocalizer L, string stored) =>
        IsEnglish || !Reason.TryParse(stored, out var reason) ? stored : Text(L, reason);

    /// <summary>The resource key of a template: its English, and for a word a prefix, so that
    /// <c>marking</c> the word does not share (case-insensitively) the key of the UI label <c>Marking</c>.</summary>
    public static string Key(Template template) => template.IsWord ? WordPrefix + template.English : template.English;

    private const string WordPrefix = "word: ";

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static string Say(IStringLocalizer L, Phrase phrase)
    {
        if (phrase.Template.English.Length == 0) return string.Empty;
        var found = L[Key(phrase.Template)];
        var template = found.ResourceNotFound ? phrase.Template.English : found.Value;
        if (phrase.Args.Count == 0) return template;
        var args = phrase.Args.Select(a => a is Phrase word ? Say(L, word) : Show.Isolated(Phrase.Invariant(a))).ToArray<object>();
        return string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
