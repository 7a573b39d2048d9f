using System.Collections.Concurrent;

namespace KimPress.Output;

/// <summary>Keeps the output in memory: for tests and for embedding KimPress.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The files written, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>A written file as UTF-8 text, or null.</summary>
    public string? ReadText(string path) => _files.TryGetValue(path, out var bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content) => _files[path] = content.ToArray();

    /// <inheritdoc />
    public void Copy(string sourceFile, string path) => _files[path] = File.ReadAllBytes(sourceFile);

    /// <inheritdoc />
    public void Commit()
    {
    }

    /// <inheritdoc />
    public void Abandon() => _files.Clear();
}
