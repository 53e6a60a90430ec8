using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Remnant.Domain.Wording;

public sealed partial class Reason
{
    // Stored reasons can be long and a name from a table can hold any text: bound the work.
    private static readonly TimeSpan ParseBudget = TimeSpan.FromMilliseconds(500);

    // The sentences (not words) in one order, which the sequence's groups t0, t1... number.
    private static readonly Lazy<Template[]> Sentences = new(() => [.. Template.All.Where(t => !t.IsWord)]);
    private static readonly Lazy<Regex> Sequence = new(BuildSequence);
    private static readonly ConcurrentDictionary<Template, Regex> Singles = new();

    /// <summary>
    /// Reads English text that the domain wrote (a decode stored as text before a translation was
    /// asked for) back into phrases, so that it can be said in another language. True only when
    /// the whole text is a sequence of known sentences and saying them again in English gives
    /// exactly <paramref name="english"/>; otherwise (older wording, text cut for storage) false,
    /// and the English stands as written.
    /// </summary>
    public static bool TryParse(string? english, [NotNullWhen(true)] out Reason? reason)
    {
        reason = null;
        if (string.IsNullOrEmpty(english)) return false;
        try
        {
            var match = Sequence.Value.Match(english);
            if (!match.Success) return false;
            var sentences = Sentences.Value;
            var found = new List<(int Index, Phrase Phrase)>();
            for (var i = 0; i < sentences.Length; i++)
            {
                foreach (Capture whole in match.Groups[$"t{i}"].Captures)
                {
                    if (ReadArgs(sentences[i], match, $"t{i}a", whole) is not { } phrase) return false;
                    found.Add((whole.Index, phrase));
                }
            }
            reason = Of([.. found.OrderBy(f => f.Index).Select(f => f.Phrase)]);
            if (reason.ToString() == english) return true;
            reason = null;
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // The arguments of one occurrence of a template: the captures of its groups that lie inside it.
    private static Phrase? ReadArgs(Template template, Match match, string prefix, Capture within)
    {
        var args = new object[template.Arity];
        for (var k = 0; k < args.Length; k++)
        {
            var capture = match.Groups[prefix + k].Captures
                .FirstOrDefault(c => c.Index >= within.Index && c.Index + c.Length <= within.Index + within.Length);
            if (capture is null) return null;
            if (template.ChoicesAt(k) is { } choices)
            {
                if (ReadWord(choices, capture.Value) is not { } word) return null;
                args[k] = word;
            }
            else
            {
                args[k] = capture.Value;
            }
        }
        return template.With(args);
    }

    private static Phrase? ReadWord(IReadOnlyList<Template> choices, string text)
    {
        foreach (var choice in choices)
        {
            var single = Singles.GetOrAdd(choice, c => new Regex("^" + Pattern(c, "a") + "$", Options, ParseBudget));
            var match = single.Match(text);
            if (match.Success && ReadArgs(choice, match, "a", match) is { } phrase) return phrase;
        }
        return null;
    }

    // Any text whose brackets balance, shortest first: "LC 80 (headstamp) (1980)" splits after the
    // source's own bracket, not inside it.
    private const string FreeText = @"(?:[^()]|\([^()]*\))*?";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline;

    // ^S( S)*$ where S tries every sentence, those with the most fixed text first, and last those that
    // end in free text (a table's notes), which would otherwise swallow the sentences after them.
    private static Regex BuildSequence()
    {
        var sentences = Sentences.Value;
        var order = Enumerable.Range(0, sentences.Length)
            .OrderBy(i => sentences[i].English.EndsWith('}'))
            .ThenByDescending(i => sentences[i].English.Length - 3 * sentences[i].Arity).ToArray();
        var any = new StringBuilder("(?:");
        foreach (var i in order)
        {
            if (any.Length > 3) any.Append('|');
            any.Append($"(?<t{i}>").Append(Pattern(sentences[i], $"t{i}a")).Append(')');
        }
        any.Append(')');
        return new Regex($"^{any}(?: {any})*$", Options, ParseBudget);
    }

    // The template as a pattern; with a prefix its arguments are named groups, words inside are not.
    private static string Pattern(Template template, string? prefix)
    {
        var text = template.English;
        var pattern = new StringBuilder();
        var start = 0;
        for (var open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', start))
        {
            pattern.Append(Regex.Escape(text[start..open]));
            var close = text.IndexOf('}', open);
            var k = int.Parse(text.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture);
            var inner = template.ChoicesAt(k) is { } choices
                ? "(?:" + string.Join('|', choices.Select(c => Pattern(c, null))) + ")"
                : FreeText;
            pattern.Append(prefix is null ? $"(?:{inner})" : $"(?<{prefix}{k}>{inner})");
            start = close + 1;
        }
        pattern.Append(Regex.Escape(text[start..]));
        return pattern.ToString();
    }
}
