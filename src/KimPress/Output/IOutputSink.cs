namespace KimPress.Output;

/// <summary>Where a build's files go: a folder on disk, or memory for tests and embedding.</summary>
public interface IOutputSink
{
    /// <summary>Writes a file at <paramref name="path"/> (relative, forward slashes). Safe to call from many threads.</summary>
    void Write(string path, ReadOnlySpan<byte> content);

    /// <summary>Copies <paramref name="sourceFile"/> to <paramref name="path"/>.</summary>
    void Copy(string sourceFile, string path);

    /// <summary>
    /// Puts the previous build's file at <paramref name="path"/> into this output unchanged (same
    /// bytes, same modification time: a hard link on disk). False when there is no such file.
    /// </summary>
    bool TryReuse(string path);

    /// <summary>Makes the written files the published output (e.g. swaps the new folder in).</summary>
    void Commit();

    /// <summary>Throws away everything written (a failed build).</summary>
    void Abandon();
}
