using System.CommandLine;
using Remnant.Cli;
using Remnant.Cli.Commands;

var root = new RootCommand("remnant: document and trace weapons recovered in armed conflicts")
{
    DemoCommand.Create(),
    SearchCommand.Create(),
    LinksCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
