using System.Diagnostics;
using Remnant.Data.Exchange;
using Spectre.Console;

namespace Remnant.Cli;

/// <summary>Shows the stages of long work as Spectre.Console progress bars on stderr.</summary>
internal static class CliProgress
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(100);

    // Refreshed by the reports themselves, never by Spectre's own refresh thread: that thread can
    // write once more after the work is done, onto a writer the caller has already closed.
    public static Task<T> RunAsync<T>(CliEnvironment environment, Func<IProgress<ExchangeProgress>, Task<T>> work) =>
        environment.Console.Progress()
            .AutoRefresh(false)
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var lastRefresh = Stopwatch.GetTimestamp();
                var reporter = new Reporter(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        foreach (var earlier in tasks.Values) Complete(earlier);
                        tasks[p.Stage] = task = context.AddTask(p.Stage);
                    }
                    task.IsIndeterminate = p.Total is not > 0;
                    if (p.Total is > 0 and var total)
                    {
                        task.MaxValue = total;
                        task.Value = Math.Min(p.Done, total);
                    }
                    if (Stopwatch.GetElapsedTime(lastRefresh) < RefreshEvery) return;
                    context.Refresh();
                    lastRefresh = Stopwatch.GetTimestamp();
                });
                var result = await work(reporter);
                foreach (var task in tasks.Values) Complete(task);
                context.Refresh();
                return result;
            });

    private static void Complete(ProgressTask task)
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

    // Reports straight away on the reporting thread: Progress<T> would post to the thread pool,
    // and late reports could land after the bars are finished.
    private sealed class Reporter(Action<ExchangeProgress> report) : IProgress<ExchangeProgress>
    {
        public void Report(ExchangeProgress value) => report(value);
    }
}
