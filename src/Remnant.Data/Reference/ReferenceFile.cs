namespace Remnant.Data.Reference;

/// <summary>One loaded reference table: which file was read (shipped or an override from the data
/// directory), how many rows it gave, and how many of them are verified.</summary>
/// <param name="Name">File name, e.g. <c>headstamps.csv</c>.</param>
/// <param name="Title">What the table is, in English.</param>
/// <param name="Path">The file actually read.</param>
/// <param name="Overridden">True when the data directory's copy replaced the shipped one.</param>
/// <param name="Rows">Rows loaded.</param>
/// <param name="VerifiedRows">Rows marked verified.</param>
public sealed record ReferenceFile(string Name, string Title, string Path, bool Overridden, int Rows, int VerifiedRows);
