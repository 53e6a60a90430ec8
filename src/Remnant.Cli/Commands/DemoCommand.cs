using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Demo;

namespace Remnant.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("demo", "Load the demo case (DPRK ballistic missiles used against Ukraine, 2024) if it is not there yet.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = await CliHost.OpenDatabaseAsync(environment, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            await DemoCase.SeedAsync(scope.ServiceProvider, cancellationToken);
            environment.Say("demo", $"case '{DemoCase.CaseId}' is loaded.");
            return 0;
        });
        return command;
    }
}
