using Microsoft.EntityFrameworkCore;
using Remnant.Data.Exchange;
using Remnant.Data.Storage;

namespace Remnant.Data.Evidence;

/// <summary>What an audit found wrong with one stored blob.</summary>
public enum AuditProblem
{
    /// <summary>An evidence record says the bytes are present, but the blob is not in the store.</summary>
    Missing,
    /// <summary>The blob's bytes no longer hash to its name: it was changed or damaged.</summary>
    Altered,
    /// <summary>A file in the store that no evidence record names (harmless, noted).</summary>
    Orphan,
}

/// <summary>One finding: the blob, what is wrong, and the evidence records that name it.</summary>
public sealed record AuditFinding(AuditProblem Problem, string Blob, IReadOnlyList<string> EvidenceFileIds, string? ActualSha256 = null);

/// <summary>The outcome of re-hashing the store: <see cref="Intact"/> of <see cref="Checked"/> blobs
/// hash to their names; the store fails when any is missing or altered.</summary>
public sealed record AuditReport(int Checked, int Intact, int NotPresentRecords, IReadOnlyList<AuditFinding> Findings)
{
    public bool Passed => Findings.All(f => f.Problem == AuditProblem.Orphan);
}

/// <summary>Re-hashes every stored evidence file and checks it against the database.</summary>
public static class BlobAudit
{
    public static async Task<AuditReport> RunAsync(RemnantDbContext db, BlobStore blobs, IProgress<ExchangeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var records = await db.EvidenceFiles.AsNoTracking().Select(f => new { f.Id, f.Sha256, f.Present, f.Size }).ToListAsync(cancellationToken);
        var present = records.Where(r => r.Present).GroupBy(r => r.Sha256, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var findings = new List<AuditFinding>();
        var total = present.Sum(g => g.First().Size);
        long done = 0;
        var intact = 0;
        foreach (var group in present)
        {
            var ids = group.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            var actual = BlobStore.IsSha256(group.Key) ? await blobs.HashAsync(group.Key, cancellationToken) : null;
            if (actual is null) findings.Add(new AuditFinding(AuditProblem.Missing, group.Key, ids));
            else if (actual != group.Key) findings.Add(new AuditFinding(AuditProblem.Altered, group.Key, ids, actual));
            else intact++;
            done += group.First().Size;
            progress?.Report(new ExchangeProgress("Verifying", done, total));
        }
        var known = records.Select(r => r.Sha256).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in StoredNames(blobs).Where(name => !known.Contains(name)))
            findings.Add(new AuditFinding(AuditProblem.Orphan, orphan, []));
        return new AuditReport(present.Count, intact, records.Count(r => !r.Present), findings);
    }

    /// <summary>Every file under the store's hash folders, as <c>sha</c> when it is where its name
    /// says, else as its path relative to the store. The staging folder is not part of the store.</summary>
    private static IEnumerable<string> StoredNames(BlobStore blobs)
    {
        if (!Directory.Exists(blobs.Root)) yield break;
        foreach (var dir in Directory.EnumerateDirectories(blobs.Root).Order(StringComparer.Ordinal))
        {
            var prefix = Path.GetFileName(dir);
            if (prefix == "tmp") continue;
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                yield return BlobStore.IsSha256(name) && name[..2] == prefix ? name : Path.GetRelativePath(blobs.Root, file);
            }
        }
    }
}
