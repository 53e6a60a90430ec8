using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Remnant.Cli.Commands;

namespace Remnant.Cli;

/// <summary>The <c>remnant</c> command tree. Exit codes: 0 done, 1 the data or the store is wrong
/// (nothing was written by a failed import), 2 the command line is wrong.</summary>
internal static class RemnantCli
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("remnant: document and trace weapons recovered in armed conflicts")
        {
            DemoCommand.Create(environment),
            ImportCommand.Create(environment),
            ExportCommand.Create(environment),
            VerifyCommand.Create(environment),
            DecodeCommand.Create(environment),
            SearchCommand.Create(environment),
            LinksCommand.Create(environment),
            SanctionsCommand.Create(environment),
            ScreenCommand.Create(environment),
            MatchNamesCommand.Create(environment),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await environment.Error.WriteLineAsync($"remnant: error: {SafeText.Of(error.Message)}");
            await environment.Error.WriteLineAsync("Try 'remnant --help'.");
            return 2;
        }
        await using var help = new StreamWriter(environment.Output, new UTF8Encoding(false), leaveOpen: true);
        var configuration = new InvocationConfiguration { Output = help, Error = environment.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException e)
        {
            await environment.Error.WriteLineAsync($"remnant: error: {SafeText.Of(e.Message)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("remnant: cancelled; nothing more was written.");
            return 130;
        }
        catch (Exception e)
        {
            // A clear line, never a stack trace: the database's own message is the useful one.
            var message = e is DbUpdateException ? e.GetBaseException().Message : e.Message;
            await environment.Error.WriteLineAsync($"remnant: error: {SafeText.Of(message)}");
            return 1;
        }
        finally
        {
            await help.FlushAsync(CancellationToken.None);
            await environment.Error.FlushAsync(CancellationToken.None);
        }
    }
}
