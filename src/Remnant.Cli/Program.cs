using Remnant.Cli;

var environment = CliEnvironment.FromConsole();
await using (environment.Output)
{
    return await RemnantCli.RunAsync(args, environment);
}
