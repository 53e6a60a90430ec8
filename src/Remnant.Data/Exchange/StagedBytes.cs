using Remnant.Data.Evidence;

namespace Remnant.Data.Exchange;

/// <summary>Evidence bytes received with an import, hashed and waiting: stored only when the
/// whole import is accepted, removed otherwise.</summary>
internal sealed class StagedBytes : IDisposable
{
    private readonly Dictionary<string, StagedBlob> _blobs = new(StringComparer.Ordinal);

    public bool Has(string sha256) => _blobs.ContainsKey(sha256);

    public void Add(StagedBlob blob)
    {
        if (!_blobs.TryAdd(blob.Sha256, blob)) blob.Dispose();
    }

    /// <summary>Stores every staged file under its hash (once; existing blobs are never overwritten).</summary>
    public void CommitAll()
    {
        foreach (var blob in _blobs.Values) blob.Commit();
    }

    public void Dispose()
    {
        foreach (var blob in _blobs.Values) blob.Dispose();
    }
}
