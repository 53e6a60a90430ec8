using System.Reflection;
using Remnant.Bench;

var areas = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchArea).IsAssignableFrom(t))
    .Select(t => (IBenchArea)Activator.CreateInstance(t)!)
    .OrderBy(a => a.Name, StringComparer.Ordinal)
    .ToList();

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
var wanted = rest.FirstOrDefault() ?? "all";
var selected = wanted == "all" ? areas : areas.Where(a => a.Name == wanted).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"unknown area '{wanted}'; known: {string.Join(", ", areas.Select(a => a.Name))}, all");
    return 2;
}

var exit = 0;
foreach (var area in selected)
{
    Console.Error.WriteLine($"== {area.Name} ({(quick ? "quick" : "full")}) ==");
    exit = Math.Max(exit, await area.RunAsync(rest.Skip(1).ToArray(), quick));
}
return exit;
