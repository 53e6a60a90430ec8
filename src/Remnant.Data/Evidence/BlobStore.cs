using System.Security.Cryptography;

namespace Remnant.Data.Evidence;

/// <summary>Evidence bytes, content-addressed: <c>blobs/&lt;sha[0..2]&gt;/&lt;sha&gt;</c>. A file is
/// written once under its hash and never overwritten; the same bytes stored twice are kept once.</summary>
public sealed class BlobStore(string root)
{
    /// <summary>The folder that holds the blobs.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The path of the blob with this hash; the hash is checked first, so nothing
    /// outside <see cref="Root"/> can ever be named.</summary>
    public string PathOf(string sha256)
    {
        if (!IsSha256(sha256)) throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));
        return Path.Combine(Root, sha256[..2], sha256);
    }

    /// <summary>True when the blob is on disk.</summary>
    public bool Exists(string sha256) => IsSha256(sha256) && File.Exists(PathOf(sha256));

    /// <summary>Opens a stored blob for reading, or null when it is not on disk.</summary>
    public Stream? OpenRead(string sha256) =>
        Exists(sha256) ? new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;

    /// <summary>Copies <paramref name="content"/> to a temporary file while hashing it, stopping as
    /// soon as it passes <paramref name="maxBytes"/>. Nothing is stored until the staged file is
    /// committed; disposing it uncommitted removes it.</summary>
    public async Task<StagedBlob> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        var temp = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(temp);
        var staged = new StagedBlob(this, Path.Combine(temp, Guid.NewGuid().ToString("N")));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var output = new FileStream(staged.TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                staged.Size += read;
                if (staged.Size > maxBytes)
                {
                    staged.TooLarge = true;
                    return staged;
                }
                if (staged.HeaderLength < staged.Header.Length)
                {
                    var take = Math.Min(read, staged.Header.Length - staged.HeaderLength);
                    buffer.AsSpan(0, take).CopyTo(staged.Header.AsSpan(staged.HeaderLength));
                    staged.HeaderLength += take;
                }
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            staged.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    internal void Commit(StagedBlob staged)
    {
        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target)) return;
        try { File.Move(staged.TempPath, target, overwrite: false); }
        catch (IOException) when (File.Exists(target)) { /* stored meanwhile by another writer: the same bytes */ }
    }

    /// <summary>Re-hashes a stored blob.</summary>
    public async Task<string?> HashAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var stream = OpenRead(sha256);
        if (stream is null) return null;
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>True for 64 lower-case hex digits.</summary>
    public static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}

/// <summary>Bytes copied and hashed but not yet stored.</summary>
public sealed class StagedBlob(BlobStore store, string tempPath) : IDisposable
{
    internal string TempPath { get; } = tempPath;
    internal byte[] Header { get; } = new byte[Domain.Evidence.MediaSniffer.HeaderLength];
    internal int HeaderLength { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; internal set; } = string.Empty;

    /// <summary>Bytes read (when too large, how far reading went).</summary>
    public long Size { get; internal set; }

    /// <summary>True when the content passed the size limit; nothing will be stored.</summary>
    public bool TooLarge { get; internal set; }

    /// <summary>The first bytes, for sniffing the type.</summary>
    public ReadOnlySpan<byte> FirstBytes => Header.AsSpan(0, HeaderLength);

    /// <summary>The staged file, for reading metadata before committing.</summary>
    public string Path => TempPath;

    /// <summary>Stores the bytes under their hash (once).</summary>
    public void Commit() => store.Commit(this);

    /// <inheritdoc />
    public void Dispose()
    {
        if (File.Exists(TempPath)) File.Delete(TempPath);
    }
}
