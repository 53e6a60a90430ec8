namespace Remnant.Bench;

/// <summary>One benchmark area (decode, search, screen...). Found by reflection, so adding an
/// area is adding a file.</summary>
public interface IBenchArea
{
    /// <summary>The name given on the command line: <c>bench/run.sh NAME</c>.</summary>
    string Name { get; }

    /// <summary>Runs the area and prints a Markdown table to stdout; returns an exit code.</summary>
    Task<int> RunAsync(string[] args, bool quick);
}
