using System.Text.Json;
using Microsoft.Extensions.Options;
using Remnant.Data.Evidence;
using Remnant.Data.Storage;
using Remnant.Domain.Cases;
using Remnant.Domain.Custody;
using Remnant.Domain.Evidence;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Exchange;

/// <summary>Imports the JSON exchange format (alone, or from a bundle with the evidence bytes).
/// Ids are kept; a record that is already stored with the same values is left untouched, so
/// importing a file twice changes nothing. Every record is checked by the domain's rules before
/// anything is written, and one bad record means nothing is written.</summary>
public sealed partial class JsonImporter(RemnantDbContext db, BlobStore blobs, IOptions<RemnantOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, Case> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Recovery> _recoveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EvidenceFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Marking> _markings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustodyEvent> _custody = new(StringComparer.Ordinal);
    private ImportChanges _changes = null!;
    private ImportReport _report = null!;
    private DateTimeOffset _now;
    private bool _used;

    /// <summary>Imports the document in <paramref name="json"/>. <paramref name="openBytes"/> gives the
    /// bytes of an evidence file by SHA-256 when the document came with them (a bundle), else null.</summary>
    public async Task<ImportReport> ImportAsync(Stream json, Func<string, Stream?>? openBytes = null,
        IProgress<ExchangeProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // The importer remembers what it loaded; a second file needs a fresh importer and context.
        if (_used) throw new InvalidOperationException("A JsonImporter imports one document; create another for the next.");
        _used = true;
        _report = new ImportReport();
        _changes = new ImportChanges(db);
        _now = clock.GetUtcNow();
        progress?.Report(new ExchangeProgress("Reading", 0, null));
        var document = await ReadAsync(json, cancellationToken);
        if (document is null) return _report;
        var total = document.Cases.Count + document.Recoveries.Count + document.Items.Count
                    + document.EvidenceFiles.Count + document.Markings.Count + document.CustodyEvents.Count;
        _report.Read = total;

        await LoadStoredAsync(document, cancellationToken);
        PrepareFinalState(document);
        var done = 0;
        void Step() => progress?.Report(new ExchangeProgress("Checking", ++done, total));
        ImportAll("cases", document.Cases, ImportCase, Step);
        ImportAll("recoveries", document.Recoveries, ImportRecovery, Step);
        ImportAll("items", document.Items, ImportItem, Step);
        using var staged = new StagedBytes();
        await ImportFilesAsync(document.EvidenceFiles, openBytes, staged, Step, cancellationToken);
        ImportAll("markings", document.Markings, ImportMarking, Step);
        ImportAll("custodyEvents", document.CustodyEvents, ImportCustody, Step);
        if (!_report.Succeeded) return _report;

        progress?.Report(new ExchangeProgress("Saving", 0, null));
        staged.CommitAll();
        await _changes.SaveAsync(_report, progress, cancellationToken);
        return _report;
    }

    private async Task<ExchangeDocument?> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        ExchangeDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<ExchangeDocument>(json, ExchangeJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            _report.FileProblem((e.LineNumber ?? 0) + 1, "json", $"Malformed JSON{where}: {FirstSentence(e.Message)}");
            return null;
        }
        if (document is null)
        {
            _report.FileProblem(1, "json", "The file holds null, not an exchange document.");
            return null;
        }
        if (document.Format != ExchangeDocument.FormatName)
            _report.FileProblem(null, "format", $"Expected \"{ExchangeDocument.FormatName}\": this is not a Remnant exchange file.");
        else if (document.Version != ExchangeDocument.CurrentVersion)
            _report.FileProblem(null, "version", $"Version {document.Version?.ToString() ?? "(none)"} is not supported; this program reads version {ExchangeDocument.CurrentVersion}.");
        // An explicit null list reads as empty.
        return _report.Succeeded ? document with
        {
            Cases = document.Cases ?? [], Recoveries = document.Recoveries ?? [], Items = document.Items ?? [],
            EvidenceFiles = document.EvidenceFiles ?? [], Markings = document.Markings ?? [], CustodyEvents = document.CustodyEvents ?? [],
        } : null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private async Task LoadStoredAsync(ExchangeDocument d, CancellationToken ct)
    {
        await StoredRecords.AddAsync(db.Cases, d.Cases.Select(c => c.Id).Concat(d.Recoveries.Select(r => r.CaseId)), _cases, ct);
        await StoredRecords.AddAsync(db.Recoveries, d.Recoveries.Select(r => r.Id).Concat(d.Items.Select(i => i.RecoveryId))
            .Concat(d.EvidenceFiles.Select(f => f.RecoveryId)), _recoveries, ct);
        await StoredRecords.AddAsync(db.Items, d.Items.SelectMany(i => new[] { i.Id, i.ParentItemId })
            .Concat(d.Markings.Select(m => m.ItemId)).Concat(d.EvidenceFiles.Select(f => f.ItemId))
            .Concat(d.CustodyEvents.Select(c => c.ItemId)), _items, ct);
        await StoredRecords.AddAncestorsAsync(db.Items, _items, ct);
        await StoredRecords.AddAsync(db.EvidenceFiles, d.EvidenceFiles.Select(f => f.Id).Concat(d.Markings.Select(m => m.EvidenceFileId))
            .Concat(d.CustodyEvents.Select(c => c.EvidenceFileId)), _files, ct);
        await StoredRecords.AddAsync(db.Markings, d.Markings.SelectMany(m => new[] { m.Id, m.SupersedesId }), _markings, ct);
        await StoredRecords.AddAsync(db.CustodyEvents, d.CustodyEvents.Select(c => c.Id), _custody, ct);
    }

    private void ImportAll<T>(string collection, List<T> records, Action<string, T> import, Action step) where T : IRetractionRecord
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var where = record.Id is { Length: > 0 } id ? $"{collection}[{i}] ({id})" : $"{collection}[{i}]";
            if (record.Id is { } key && !seen.Add(key)) _report.RecordProblem(where, "id", $"'{key}' is given twice in {collection}.");
            else import(where, record);
            step();
        }
    }
}
