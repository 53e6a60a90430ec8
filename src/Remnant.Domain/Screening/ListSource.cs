namespace Remnant.Domain.Screening;

/// <summary>The sanctions lists Remnant reads.</summary>
public enum ListSource
{
    /// <summary>UN Security Council Consolidated List; stable id is the <c>DATAID</c>.</summary>
    Un,
    /// <summary>US Treasury OFAC lists (SDN and consolidated non-SDN); stable id is the <c>ent_num</c>/<c>uid</c>.</summary>
    Ofac,
    /// <summary>EU consolidated financial sanctions list; stable id is the entity <c>logicalId</c>.</summary>
    Eu,
}

/// <summary>Codes for <see cref="ListSource"/> as written on the command line and in files.</summary>
public static class ListSources
{
    /// <summary>The lower-case code: <c>un</c>, <c>ofac</c>, <c>eu</c>.</summary>
    public static string ToCode(this ListSource source) => source switch
    {
        ListSource.Un => "un",
        ListSource.Ofac => "ofac",
        _ => "eu",
    };

    /// <summary>Reads <c>un</c>, <c>ofac</c> or <c>eu</c> ignoring case and spaces.</summary>
    public static bool TryParse(string? text, out ListSource source)
    {
        source = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "un": source = ListSource.Un; return true;
            case "ofac": source = ListSource.Ofac; return true;
            case "eu": source = ListSource.Eu; return true;
            default: return false;
        }
    }
}
