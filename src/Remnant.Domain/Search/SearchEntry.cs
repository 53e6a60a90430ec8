namespace Remnant.Domain.Search;

/// <summary>One searchable text of an item: its serial, lot, a marking or a box marking, as read.</summary>
/// <param name="Field">Which text it is.</param>
/// <param name="Text">The reading exactly as recorded; its fold key is derived by the index.</param>
public readonly record struct SearchEntry(SearchField Field, string Text);
