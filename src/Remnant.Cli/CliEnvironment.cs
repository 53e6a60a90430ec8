using Spectre.Console;

namespace Remnant.Cli;

/// <summary>Where a command's output goes and what it runs with. stdout (<see cref="Output"/>)
/// carries only machine output (bytes of JSON, CSV, GeoJSON); progress, summaries and errors go to
/// <see cref="Error"/>. Tests pass their own streams, settings and clock.</summary>
internal sealed class CliEnvironment(Stream output, TextWriter error, IReadOnlyDictionary<string, string?>? settings = null,
    TimeProvider? clock = null)
{
    private IAnsiConsole? _console;

    public Stream Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Settings that override appsettings.json and the environment (tests).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings ?? new Dictionary<string, string?>();

    /// <summary>The clock, when not the system's (tests).</summary>
    public TimeProvider? Clock { get; } = clock;

    /// <summary>Spectre.Console on stderr: a live progress bar in a terminal, nothing when stderr is redirected.</summary>
    public IAnsiConsole Console => _console ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });

    public static CliEnvironment FromConsole() => new(System.Console.OpenStandardOutput(), System.Console.Error);

    /// <summary>Writes one line of machine output (UTF-8) to stdout.</summary>
    public void Out(string line)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(line + "\n");
        Output.Write(bytes, 0, bytes.Length);
        Output.Flush();
    }

    /// <summary>Writes a line to stderr prefixed with the command name.</summary>
    public void Say(string command, string message) => Error.WriteLine($"{command}: {message}");
}

/// <summary>The command line itself is wrong (exit code 2), as opposed to the data (exit code 1).</summary>
internal sealed class UsageException(string message) : Exception(message);
