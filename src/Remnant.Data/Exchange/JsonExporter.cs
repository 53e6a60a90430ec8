using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Remnant.Data.Exchange;

/// <summary>Writes the JSON exchange file, record by record, so an export never holds the whole
/// database in memory.</summary>
public static class JsonExporter
{
    /// <summary>Writes <paramref name="scope"/> to <paramref name="output"/>; returns how many records were written.</summary>
    public static async Task<int> WriteAsync(ExportScope scope, Stream output, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, ExchangeJson.WriterOptions);
        var count = 0;
        writer.WriteStartObject();
        writer.WriteString("format", ExchangeDocument.FormatName);
        writer.WriteNumber("version", ExchangeDocument.CurrentVersion);
        await WriteArrayAsync("cases", scope.Cases.AsAsyncEnumerable(), c => c.ToRecord());
        await WriteArrayAsync("recoveries", scope.Recoveries.AsAsyncEnumerable(), r => r.ToRecord());
        await WriteArrayAsync("items", scope.Items.AsAsyncEnumerable(), i => i.ToRecord());
        await WriteArrayAsync("evidenceFiles", scope.EvidenceFiles.AsAsyncEnumerable(), e => e.ToRecord());
        await WriteArrayAsync("markings", scope.Markings.AsAsyncEnumerable(), m => m.ToRecord());
        await WriteArrayAsync("custodyEvents", scope.CustodyEvents.AsAsyncEnumerable(), c => c.ToRecord());
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return count;

        async Task WriteArrayAsync<TEntity, TRecord>(string name, IAsyncEnumerable<TEntity> rows, Func<TEntity, TRecord> map)
        {
            writer.WriteStartArray(name);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                JsonSerializer.Serialize(writer, map(row), ExchangeJson.Options);
                progress?.Report(++count);
                if (writer.BytesPending > 64 * 1024) await writer.FlushAsync(cancellationToken);
            }
            writer.WriteEndArray();
        }
    }
}
