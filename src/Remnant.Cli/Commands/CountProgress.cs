using Spectre.Console;

namespace Remnant.Cli.Commands;

/// <summary>Spectre progress on stderr, so stdout carries only the command's output.</summary>
internal static class CountProgress
{
    public static IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });

    /// <summary>Runs <paramref name="work"/> with one task that reports a running count.</summary>
    public static Task<T> RunAsync<T>(string description, Func<IProgress<int>, Task<T>> work) =>
        Console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(description, maxValue: double.MaxValue);
                task.IsIndeterminate = true;
                var result = await work(new Progress<int>(n => task.Description = $"{description}: {n:N0}"));
                task.StopTask();
                return result;
            });
}
