using System.Globalization;
using Remnant.Domain.Dating;

namespace Remnant.Domain.Wording;

/// <summary>
/// One sentence or word of a reason: a <see cref="Wording.Template"/> and the arguments that fill it.
/// <see cref="ToString"/> is the English text, exactly as the domain has always written it; a user
/// interface translates <see cref="Template"/> and formats the arguments itself. Arguments are
/// numbers, dates (written ISO), intervals, codes and names, or phrases (translatable words).
/// Made only through <see cref="Template.With"/>, which checks them.
/// </summary>
public sealed class Phrase
{
    private readonly object[] _args;
    private string? _english;

    internal Phrase(Template template, object[] args)
    {
        Template = template;
        _args = args;
    }

    /// <summary>The template said.</summary>
    public Template Template { get; }

    /// <summary>The arguments, one per placeholder.</summary>
    public IReadOnlyList<object> Args => _args;

    /// <summary>An argument as the English text writes it: dates ISO, numbers invariant, phrases in English.</summary>
    public static string Invariant(object arg) => arg switch
    {
        string s => s,
        DateOnly d => d.ToIso(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => arg.ToString() ?? string.Empty,
    };

    /// <summary>The English text.</summary>
    public override string ToString() => _english ??= _args.Length == 0
        ? Template.English
        : string.Format(CultureInfo.InvariantCulture, Template.English, Array.ConvertAll(_args, Invariant));
}
