namespace Remnant.Domain.Screening.Matching;

/// <summary>The writing system of a name word, which decides how it is transliterated.</summary>
public enum NameScript
{
    /// <summary>Latin letters (with or without diacritics) and digits.</summary>
    Latin,
    /// <summary>Korean Hangul syllables.</summary>
    Hangul,
    /// <summary>Chinese characters.</summary>
    Han,
    /// <summary>Cyrillic.</summary>
    Cyrillic,
    /// <summary>Arabic script, Persian and Urdu letters included.</summary>
    Arabic,
    /// <summary>Greek.</summary>
    Greek,
    /// <summary>Hebrew, which like Arabic leaves most vowels unwritten.</summary>
    Hebrew,
    /// <summary>Anything else: AnyAscii alone transliterates it.</summary>
    Other,
}

/// <summary>Tells the script of a word by its letters.</summary>
public static class NameScripts
{
    /// <summary>The script of the first letter that is not Latin, else Latin.</summary>
    public static NameScript Of(string word)
    {
        foreach (var c in word)
        {
            var script = Of(c);
            if (script != NameScript.Latin) return script;
        }
        return NameScript.Latin;
    }

    /// <summary>The script of one UTF-16 unit (surrogates count as Other).</summary>
    public static NameScript Of(char c) => c switch
    {
        < '\u0250' => NameScript.Latin,
        >= '\u1E00' and <= '\u1EFF' => NameScript.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => NameScript.Greek,
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => NameScript.Hebrew,
        >= '\u0400' and <= '\u052F' => NameScript.Cyrillic,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => NameScript.Arabic,
        >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => NameScript.Hangul,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' => NameScript.Han,
        _ => NameScript.Other,
    };

    /// <summary>True for scripts that leave short vowels unwritten, so only consonants can be compared.</summary>
    public static bool IsAbjad(this NameScript script) => script is NameScript.Arabic or NameScript.Hebrew;
}
