using System.Reflection;

namespace Remnant.Domain.Wording;

/// <summary>
/// A stable English sentence (or word) with numbered placeholders <c>{0}</c>, <c>{1}</c>...: the key
/// under which a user interface finds its translation. Declared once as a static field next to the
/// code that says it, so every template the domain can produce is found by <see cref="All"/> and
/// none hides inside string interpolation. An argument that is itself wording (a calendar's name, a
/// month) is declared as a choice among word templates, so a translation can translate it too.
/// </summary>
public sealed class Template
{
    private readonly IReadOnlyList<Template>?[] _choices;

    /// <summary>Declares a sentence; throws <see cref="ArgumentException"/> when its placeholders are not
    /// exactly <c>{0}</c>..<c>{n-1}</c> or more choices are given than it has placeholders.</summary>
    /// <param name="english">The English text, placeholders in braces, no other braces.</param>
    /// <param name="choices">Per placeholder: null for a value shown as written (a number, a date, a
    /// code, a name from a table), or the word templates one of which fills it.</param>
    public Template(string english, params IReadOnlyList<Template>?[] choices)
        : this(english, choices, isWord: false)
    {
    }

    private Template(string english, IReadOnlyList<Template>?[] choices, bool isWord)
    {
        ArgumentNullException.ThrowIfNull(english);
        English = english;
        Arity = CountPlaceholders(english);
        if (choices.Length > Arity) throw new ArgumentException($"'{english}' has {Arity} placeholder(s) but {choices.Length} choices.", nameof(choices));
        _choices = new IReadOnlyList<Template>?[Arity];
        choices.CopyTo(_choices, 0);
        IsWord = isWord;
    }

    /// <summary>A word or phrase that only ever fills another template's placeholder (a calendar's
    /// name, a month): never a sentence of its own.</summary>
    public static Template Word(string english, params IReadOnlyList<Template>?[] choices) => new(english, choices, isWord: true);

    /// <summary>The English text, which is also the translation key.</summary>
    public string English { get; }

    /// <summary>How many placeholders it has: an argument for each.</summary>
    public int Arity { get; }

    /// <summary>True for a template that fills a placeholder rather than standing as a sentence.</summary>
    public bool IsWord { get; }

    /// <summary>The word templates allowed at <paramref name="index"/>, or null for a value shown as written.</summary>
    public IReadOnlyList<Template>? ChoicesAt(int index) => _choices[index];

    /// <summary>This template said with <paramref name="args"/>; throws <see cref="ArgumentException"/>
    /// when their number differs from <see cref="Arity"/> or a word argument is not one of its choices
    /// (programming errors: a phrase that a translation could not say).</summary>
    public Phrase With(params object[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != Arity) throw new ArgumentException($"'{English}' takes {Arity} argument(s), not {args.Length}.", nameof(args));
        for (var i = 0; i < args.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(args[i], nameof(args));
            if (_choices[i] is { } allowed && (args[i] is not Phrase p || !allowed.Contains(p.Template)))
            {
                throw new ArgumentException($"Argument {i} of '{English}' must be one of its word templates.", nameof(args));
            }
        }
        return new Phrase(this, args);
    }

    /// <summary>Every template declared in the domain (static fields of type <see cref="Template"/>
    /// or lists of them), sentences and words, each once.</summary>
    public static IReadOnlyList<Template> All => AllTemplates.Value;

    /// <inheritdoc />
    public override string ToString() => English;

    private static readonly Lazy<IReadOnlyList<Template>> AllTemplates = new(() =>
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var found = new List<Template>();
        foreach (var type in typeof(Template).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(Static))
            {
                if (field.FieldType == typeof(Template)) found.Add((Template)field.GetValue(null)!);
                else if (typeof(IEnumerable<Template>).IsAssignableFrom(field.FieldType) && field.GetValue(null) is IEnumerable<Template> list) found.AddRange(list);
            }
        }
        return found.Distinct().OrderBy(t => t.English, StringComparer.Ordinal).ToArray();
    });

    // {n} with n a number; every index from 0 to the highest must appear, and braces appear nowhere else.
    private static int CountPlaceholders(string english)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < english.Length; i++)
        {
            if (english[i] == '}') throw new ArgumentException($"Stray '}}' in '{english}'.", nameof(english));
            if (english[i] != '{') continue;
            var close = english.IndexOf('}', i);
            if (close < 0 || !int.TryParse(english.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                throw new ArgumentException($"Malformed placeholder in '{english}'.", nameof(english));
            }
            seen.Add(index);
            i = close;
        }
        for (var n = 0; n < seen.Count; n++)
        {
            if (!seen.Contains(n)) throw new ArgumentException($"'{english}' skips placeholder {{{n}}}.", nameof(english));
        }
        return seen.Count;
    }
}
