using System.Collections.Concurrent;
using System.Text.Json;
using KimPress.Diagnostics;

namespace KimPress.Caching;

/// <summary>
/// The incremental-build cache in one folder (.kimpress-cache/): parse results by file and
/// content hash, rendered bodies in a pack file, and what every output file was made from.
/// Anything unreadable, from another KimPress build, site.yml or theme, or already in use by
/// another build, is ignored: a bad cache costs time, never correctness. Thread-safe for the
/// lookups and puts made during a build.
/// </summary>
public sealed class BuildCache : IDisposable
{
    /// <summary>The cache folder's name inside the site folder.</summary>
    public const string FolderName = ".kimpress-cache";

    // Parse results (and the pack they point into) in one file, what the output was made from in
    // another: the first is written in the background as soon as parsing ends, the second — much
    // smaller — at the end. A build after one edit used to spend most of its last 50 ms rewriting
    // both at once.
    private const string IndexFile = "index.bin";
    private const string OutputsFile = "outputs.bin";
    private const string LockFile = "lock";

    private readonly string? _directory;
    private readonly FileStream? _lock;
    private readonly CacheIndex _previous;
    private readonly ConcurrentDictionary<string, SourceEntry> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutputEntry> _outputs = new(StringComparer.Ordinal);
    private readonly string _fingerprint;
    private string _currentOutput = "";
    private volatile bool _sourcesChanged;
    private volatile bool _outputsChanged;
    private Task<bool>? _sourcesSaving;
    private Task<bool>? _outputsSaving;
    private string _nextOutput = "";
    private UInt128 _structure;

    private BuildCache(string? directory, FileStream? lockStream, CacheIndex previous, BodyStore bodies, string fingerprint)
    {
        _directory = directory;
        _lock = lockStream;
        _previous = previous;
        Bodies = bodies;
        _fingerprint = fingerprint;
    }

    /// <summary>Rendered bodies.</summary>
    public BodyStore Bodies { get; }

    /// <summary>When this build began (Unix nanoseconds): files changed since shortly before are not stamped.</summary>
    public long BuildStarted { get; } = Content.FileStamp.Now();

    /// <summary>The stamp to keep with a file read now: only one that had settled before this build began.</summary>
    internal Content.FileStamp? Settled(Content.FileStamp? stamp) =>
        IsPersistent && stamp is { } s && s.SettledBefore(BuildStarted) ? s : null;

    /// <summary>True when the cache is kept on disk between builds.</summary>
    public bool IsPersistent => _directory is not null;

    /// <summary>A cache that lives only for this build.</summary>
    public static BuildCache InMemory() => new(null, null, new CacheIndex(), BodyStore.InMemory(), "");

    /// <summary>
    /// An in-memory cache for the next build in the same process (kimpress serve): it starts from
    /// this build's parse results and shares its bodies, so only changed files are parsed again.
    /// </summary>
    public BuildCache ContinueInMemory() =>
        new(null, null, new CacheIndex { Sources = new Dictionary<string, SourceEntry>(_sources, StringComparer.Ordinal) }, Bodies, "");

    /// <summary>
    /// Opens the cache in <paramref name="directory"/> for a build with <paramref name="fingerprint"/>;
    /// falls back to an in-memory cache when the folder cannot be used.
    /// </summary>
    public static BuildCache Open(string directory, string fingerprint, bool reset = false)
    {
        FileStream? lockStream = null;
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, ".gitignore"), "*\n");
            lockStream = new FileStream(Path.Combine(directory, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var index = reset ? null : ReadIndex(directory);
            if (index is null || index.Fingerprint != fingerprint || index.Pack.Length == 0 || !File.Exists(Path.Combine(directory, index.Pack)))
            {
                index = new CacheIndex { Pack = $"bodies-{Guid.NewGuid():N}.pack" };
            }

            var bodies = BodyStore.OpenPack(Path.Combine(directory, index.Pack));
            return new BuildCache(directory, lockStream, index, bodies, fingerprint);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build holds the cache, or the folder is read-only: build without it.
            lockStream?.Dispose();
            return InMemory();
        }
    }

    /// <summary>
    /// The previous build's parse result for <paramref name="path"/>, if its content hash matches
    /// (or whatever it was, when <paramref name="contentHash"/> is null: the caller knows the file is unchanged).
    /// </summary>
    internal bool TryGetSource(string path, UInt128? contentHash, out SourceEntry entry)
    {
        if (_previous.Sources.TryGetValue(path, out var found) && (contentHash is null || found.ContentHash == contentHash))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>Records this build's parse result for <paramref name="path"/>.</summary>
    internal void PutSource(string path, SourceEntry entry)
    {
        _sources[path] = entry;
        if (!ReferenceEquals(entry, _previous.Sources.GetValueOrDefault(path)))
        {
            _sourcesChanged = true;
        }
    }

    /// <summary>
    /// Names the output as it is now (<paramref name="current"/>, e.g. folder and the build id in
    /// its marker) and as this build will leave it (<paramref name="next"/>). The previous build's
    /// output records count only when they describe exactly what is there now.
    /// </summary>
    public void UseOutput(string current, string next)
    {
        _currentOutput = current;
        _nextOutput = next;
    }

    /// <summary>Sets what the output will be after this build (once its id is known).</summary>
    public void SetNextOutput(string next) => _nextOutput = next;

    /// <summary>A hash of every output file's path and bytes: the id of the finished tree.</summary>
    public string OutputsId()
    {
        // The sum of one hash per file (its path and its bytes' hash), so the order the parallel
        // writers recorded them in does not matter and nothing is sorted: sorting 22,000 paths at
        // 12k posts was 13 ms of every incremental build, on one core, just before publishing.
        // (One call per file; feeding each to a reused XxHash128 measured about 1 ms slower at 12k.)
        UInt128 sum = 0;
        foreach (var (path, entry) in _outputs)
        {
            sum += HashAppend.FieldAndValueHash(path, entry.Hash);
        }

        var id = new System.IO.Hashing.XxHash128();
        id.AppendValue(sum);
        id.AppendValue((UInt128)_outputs.Count);
        return Convert.ToHexStringLower(id.GetCurrentHash());
    }

    /// <summary>Records this build's <see cref="StructureDigest"/>.</summary>
    public void UseStructure(UInt128 digest) => _structure = digest;

    /// <summary>
    /// True when the previous build's output records are valid and it had the same structure
    /// digest: pages without a body are then as the previous build left them.
    /// </summary>
    public bool StructureUnchanged => OutputsValid && _structure != default && _previous.Structure == _structure;

    /// <summary>The files the previous build left in the output, when the records describe it; otherwise null.</summary>
    public IReadOnlyCollection<string>? PreviousOutputPaths => OutputsValid ? _previous.Outputs.Keys as IReadOnlyCollection<string> ?? [.. _previous.Outputs.Keys] : null;

    private bool OutputsValid => _currentOutput.Length > 0 && _previous.OutputIdentity == _currentOutput;

    /// <summary>What the previous published output file at <paramref name="path"/> was made from.</summary>
    internal bool TryGetOutput(string path, out OutputEntry entry)
    {
        entry = null!;
        return OutputsValid && _previous.Outputs.TryGetValue(path, out entry!);
    }

    /// <summary>Records what this build's output file at <paramref name="path"/> was made from.</summary>
    internal void PutOutput(string path, OutputEntry entry)
    {
        _outputs[path] = entry;
        if (!OutputsValid || !ReferenceEquals(entry, _previous.Outputs.GetValueOrDefault(path)))
        {
            _outputsChanged = true;
        }
    }

    /// <summary>
    /// Starts writing this build's parse results in the background, once parsing is over (no
    /// source is put after this), so that the end of the build has only the outputs left to write.
    /// <see cref="Save"/> waits for it, and so does <see cref="Dispose"/>, before the lock is let go.
    /// </summary>
    public void SaveSourcesSoon()
    {
        if (_directory is not null && _sourcesSaving is null && SourcesChanged)
        {
            _sourcesSaving = InBackground(() => Write(IndexFile, SourceRecords(_previous.Pack, _sources)));
        }
    }

    /// <summary>
    /// Starts writing this build's output records beside outputs.bin in the background, once the
    /// output is complete and sealed, while it is being published; <see cref="Save"/> moves them in
    /// place when the output was published, and throws them away when it was not.
    /// </summary>
    public void SaveOutputsSoon()
    {
        if (_directory is not null && _outputsSaving is null && !OutputsUnchanged)
        {
            var records = OutputRecords();
            _outputsSaving = InBackground(() => WriteAside(OutputsFile, records));
        }
    }

    /// <summary>
    /// Writes the index for the next build: this build's parse results, and its outputs when
    /// <paramref name="published"/> (otherwise the previous outputs, which are still what is on disk).
    /// Compacts the pack when most of it is no longer referenced.
    /// </summary>
    public void Save(bool published)
    {
        if (_directory is null)
        {
            return;
        }

        // Output records written aside (only ever when they changed) are kept only for a published output.
        var sourcesWritten = Finished(_sourcesSaving);
        var outputsWritten = Finished(_outputsSaving);
        var outputsUnchanged = OutputsUnchanged;
        if (outputsWritten && !published)
        {
            TryDelete(Path.Combine(_directory, OutputsFile + ".tmp"));
        }

        // Nothing new, nothing gone, the same output: the files on disk already say all of it.
        if (!SourcesChanged && (!published || outputsUnchanged))
        {
            return;
        }

        try
        {
            // The pack only grows when sources change; then, when most of it is dead, compact it.
            var pack = _previous.Pack;
            var live = SourcesChanged ? _sources.Values.Where(s => s.Document is not null).Select(s => s.Document!.Body).ToList() : [];
            var liveBytes = live.Distinct().Sum(b => (long)b.Length);
            string? oldPack = null;
            if (SourcesChanged && Bodies.Size > 64 * 1024 && liveBytes * 2 < Bodies.Size)
            {
                pack = $"bodies-{Guid.NewGuid():N}.pack";
                var moved = Bodies.CompactTo(Path.Combine(_directory, pack), live);
                oldPack = _previous.Pack;
                var sources = _sources.ToDictionary(
                    s => s.Key,
                    s => s.Value.Document is { } d ? s.Value with { Document = d with { Body = moved[d.Body] } } : s.Value,
                    StringComparer.Ordinal);
                Write(IndexFile, SourceRecords(pack, sources));
            }
            else if (!sourcesWritten && SourcesChanged)
            {
                Write(IndexFile, SourceRecords(pack, _sources));
            }

            if (published && outputsWritten)
            {
                File.Move(Path.Combine(_directory, OutputsFile + ".tmp"), Path.Combine(_directory, OutputsFile), overwrite: true);
            }
            else if (published && !outputsUnchanged)
            {
                Write(OutputsFile, OutputRecords());
            }

            if (oldPack is not null)
            {
                Bodies.Dispose();
                File.Delete(Path.Combine(_directory, oldPack));
            }

            foreach (var stale in Directory.EnumerateFiles(_directory, "bodies-*.pack").Where(p => Path.GetFileName(p) != pack))
            {
                File.Delete(stale);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build will simply find less in the cache.
        }
    }

    private bool SourcesChanged => _sourcesChanged || _sources.Count != _previous.Sources.Count;

    private bool OutputsUnchanged => !_outputsChanged && _outputs.Count == _previous.Outputs.Count
        && _nextOutput == _previous.OutputIdentity && _structure == _previous.Structure;

    // True when a background write finished; anything that went wrong there only means Save
    // writes the file itself.
    private static bool Finished(Task<bool>? writing)
    {
        try
        {
            return writing is { } task && task.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover .tmp is overwritten by the next build.
        }
    }

    // index.bin: the parse results and the pack they point into.
    private CacheIndex SourceRecords(string pack, IReadOnlyDictionary<string, SourceEntry> sources) =>
        new() { Fingerprint = _fingerprint, Pack = pack, Sources = sources };

    // outputs.bin: what each output file was made from, and which output that is.
    private CacheIndex OutputRecords() =>
        new() { Fingerprint = _fingerprint, Outputs = _outputs, OutputIdentity = _nextOutput, Structure = _structure };

    // A write on another thread; false when the file system refused it (Save then writes it itself).
    private static Task<bool> InBackground(Action write) => Task.Run(() =>
    {
        try
        {
            write();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    });

    // Written beside the old file and moved over it: a reader sees the old file or the new one.
    private void Write(string file, CacheIndex index) =>
        File.Move(WriteAside(file, index), Path.Combine(_directory!, file), overwrite: true);

    // Writes file.tmp; returns its path.
    private string WriteAside(string file, CacheIndex index)
    {
        var temporary = Path.Combine(_directory!, file + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            CacheIndexFormat.Write(stream, index);
        }

        return temporary;
    }

    /// <summary>Turns stored diagnostics back into diagnostics.</summary>
    internal static IEnumerable<(DiagnosticDescriptor Descriptor, SourceLocation Location, object[] Arguments)> Rehydrate(IEnumerable<CachedDiagnostic> cached)
    {
        foreach (var d in cached)
        {
            if (DiagnosticCodes.ByCode.TryGetValue(d.Code, out var descriptor))
            {
                yield return (descriptor, new SourceLocation(d.Path, d.Line, d.Column),
                    [.. d.Arguments.Select(a => a.En is null ? (object)a.Id : new Phrase(a.Id, a.En))]);
            }
        }
    }

    /// <summary>Turns diagnostics into their stored form.</summary>
    internal static IReadOnlyList<CachedDiagnostic> Dehydrate(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new CachedDiagnostic(d.Code, d.Location.Path, d.Location.Line, d.Location.Column,
            [.. d.Arguments.Select(a => a is Phrase p ? new CachedArgument(p.Id, p.En) : new CachedArgument(a.ToString() ?? "", null))]))];

    /// <inheritdoc />
    public void Dispose()
    {
        // A build that stopped before Save: its parse results are written before the lock goes.
        Finished(_sourcesSaving);
        Finished(_outputsSaving);

        Bodies.Dispose();
        _lock?.Dispose();
    }

    // index.bin with the outputs of outputs.bin, when that was written for the same fingerprint
    // (without it the previous output counts for nothing: a slower build, never a wrong one).
    private static CacheIndex? ReadIndex(string directory)
    {
        var outputs = Task.Run(() => ReadFile(Path.Combine(directory, OutputsFile)));
        var index = ReadFile(Path.Combine(directory, IndexFile));
        var recorded = outputs.GetAwaiter().GetResult();
        if (index is not null && recorded is not null && recorded.Fingerprint == index.Fingerprint)
        {
            index.Outputs = recorded.Outputs;
            index.OutputIdentity = recorded.OutputIdentity;
            index.Structure = recorded.Structure;
        }

        return index;
    }

    private static CacheIndex? ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            // Read through a small buffer, not into one array of the whole file (tens of MB at 80k
            // posts): an array that size lands on the large object heap, and its budget then forces a
            // full collection early in every incremental build.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return CacheIndexFormat.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
