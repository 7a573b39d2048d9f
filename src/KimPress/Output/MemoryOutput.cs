using System.Collections.Concurrent;

namespace KimPress.Output;

/// <summary>Keeps the output in memory: for tests and for embedding KimPress.</summary>
/// <param name="previous">The files of a previous build, for <see cref="TryReuse"/>.</param>
public sealed class MemoryOutput(IReadOnlyDictionary<string, byte[]>? previous = null) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reused = new(StringComparer.Ordinal);

    /// <summary>The paths that were reused from the previous build rather than written.</summary>
    public IReadOnlyCollection<string> Reused => [.. _reused.Keys];

    /// <summary>The files written, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>A written file as UTF-8 text, or null.</summary>
    public string? ReadText(string path) => _files.TryGetValue(path, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    /// <inheritdoc />
    public void Copy(string sourceFile, string path) => _files[path] = File.ReadAllBytes(sourceFile);

    /// <inheritdoc />
    public bool TryReuse(string path)
    {
        if (previous is null || !previous.TryGetValue(path, out var bytes))
        {
            return false;
        }

        _files[path] = bytes;
        _reused[path] = true;
        return true;
    }

    /// <inheritdoc />
    public void Commit()
    {
    }

    /// <inheritdoc />
    public void Abandon() => _files.Clear();
}
