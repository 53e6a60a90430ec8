using System.Diagnostics;
using System.Globalization;
using Remnant.Data.Reference;
using Remnant.Domain.Decoding;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;
using Remnant.Domain.Text;

namespace Remnant.Bench.Decoding;

/// <summary>One measured pass in its own process, so that the peak working set (VmHWM) belongs to
/// that pass alone: streams the first N lines of the file through the work, keeping no results.</summary>
internal static class DecodeRun
{
    public static int Measure(string[] args)
    {
        var (mode, path, count) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var decoder = new MarkingDecoder(ReferenceData.Load(null).Tables);
        DecodeContext[] contexts =
        [
            new(today),
            new(today) { Country = CountryCode.Parse("KP") },
            new(today) { Country = CountryCode.Parse("TW") },
            new(today) { Country = CountryCode.Parse("IR") },
            new(today) { Category = ItemCategory.Component },
            new(today) { Category = ItemCategory.Ammunition },
            new(today) { Category = ItemCategory.Component, Maker = "Texas Instruments" },
        ];

        // Warm-up so that tiered compilation has settled before the clock starts.
        Pass(mode, path, Math.Min(count, 50_000), decoder, contexts);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0Before = GC.CollectionCount(0);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (lines, checksum) = Pass(mode, path, count, decoder, contexts);
        watch.Stop();
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Join('\t', mode, lines, watch.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture),
            PeakKiB(), allocated / Math.Max(1, lines), GC.CollectionCount(0) - gen0Before, checksum, CpusAllowed(),
            cpu.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)));
        return 0;
    }

    private static (int Lines, long Checksum) Pass(string mode, string path, int count, MarkingDecoder decoder, DecodeContext[] contexts)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 16);
        long checksum = 0;
        var lines = 0;
        while (lines < count && reader.ReadLine() is { } line)
        {
            checksum += mode switch
            {
                "read" => line.Length,
                "fold" => FoldKey.Fold(line).Length,
                _ => Consume(decoder.Decode(line, contexts[lines % contexts.Length])),
            };
            lines++;
        }
        return (lines, checksum);
    }

    // Touches what a caller would read, so no part of the work can be skipped.
    private static long Consume(DecodeResult result)
    {
        long sum = result.Rejected.Count + result.Facts.Count;
        foreach (var i in result.Interpretations) sum += i.From.DayNumber + i.Reason.Length;
        return sum;
    }

    private static long PeakKiB() => StatusField("VmHWM:");

    private static string CpusAllowed() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";

    private static long StatusField(string name)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
