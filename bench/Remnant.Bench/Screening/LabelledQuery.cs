using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>What a labelled query is for.</summary>
internal enum QueryKind
{
    /// <summary>An alias of a listed party, queried with that one alias left out of the index: the party must be found.</summary>
    Positive,
    /// <summary>A listed party's name queried with that whole party left out, against other parties with similar names: nothing may match.</summary>
    SimilarListed,
    /// <summary>A generated name of a person or company that is not listed: nothing may match.</summary>
    NonListed,
}

/// <summary>One query of the labelled set and what the right answer is.</summary>
/// <param name="List">The list it is screened against (positives and similar-listed negatives stay within their own list,
/// so the same person listed by both UN and OFAC is never counted as a false positive).</param>
/// <param name="ExpectedId">The stable id the query must find (positives only).</param>
/// <param name="HiddenName">The one name hidden from the index (positives).</param>
/// <param name="HiddenParty">The whole party hidden from the index (similar-listed negatives).</param>
internal sealed record LabelledQuery(string Id, QueryKind Kind, string Text, PartySchema Schema, ListSource? List,
    string? ExpectedId, string? HiddenName, string? HiddenParty, string Culture);
