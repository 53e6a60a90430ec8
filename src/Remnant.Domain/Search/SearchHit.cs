namespace Remnant.Domain.Search;

/// <summary>One ranked result: the item, the entry of it that matched best, and why.</summary>
/// <param name="ItemId">The item's id as given to the index.</param>
/// <param name="Field">Which of the item's texts matched.</param>
/// <param name="Text">That text as recorded.</param>
/// <param name="Score">Between 0 and 1; higher is better.</param>
/// <param name="Reason">Human-readable, e.g. "partial: contains '02868' in serial".</param>
public sealed record SearchHit(string ItemId, SearchField Field, string Text, double Score, string Reason);
