using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Remnant.Data.Exchange;

/// <summary>Writes the standing recoveries that have coordinates as a GeoJSON FeatureCollection
/// (RFC 7946: positions are [longitude, latitude]), for maps and GIS tools.</summary>
public static class GeoJsonExporter
{
    public static async Task<int> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken = default)
    {
        var titles = await scope.Cases.ToDictionaryAsync(c => c.Id, c => c.Title, StringComparer.Ordinal, cancellationToken);
        var counts = await scope.ItemsUnordered.Where(i => i.RetractedAt == null).GroupBy(i => i.RecoveryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken);
        await using var writer = new Utf8JsonWriter(output, ExchangeJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        var features = 0;
        var located = scope.Recoveries.Where(r => r.RetractedAt == null && r.Latitude != null && r.Longitude != null);
        await foreach (var r in located.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteString("id", r.Id);
            writer.WriteStartObject("geometry");
            writer.WriteString("type", "Point");
            writer.WriteStartArray("coordinates");
            writer.WriteNumberValue(r.Longitude!.Value);
            writer.WriteNumberValue(r.Latitude!.Value);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("recoveryId", r.Id);
            writer.WriteString("caseId", r.CaseId);
            writer.WriteString("caseTitle", titles.GetValueOrDefault(r.CaseId));
            WriteDate(writer, "recoveredOn", r.RecoveredOn);
            WriteDate(writer, "documentedOn", r.DocumentedOn);
            writer.WriteString("country", r.Country);
            writer.WriteString("adminArea", r.AdminArea);
            writer.WriteString("placeName", r.PlaceName);
            writer.WriteNumber("itemCount", counts.GetValueOrDefault(r.Id));
            writer.WriteEndObject();
            writer.WriteEndObject();
            features++;
            if (writer.BytesPending > 64 * 1024) await writer.FlushAsync(cancellationToken);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return features;
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d) writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNull(name);
    }
}
