using System.Collections.Concurrent;

namespace KimPress.Diagnostics;

/// <summary>
/// Collects the diagnostics of a whole build. Thread-safe: the parallel stages report into it.
/// The order of reports is irrelevant; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>The number of diagnostics reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>Reports a problem of the given kind at a location.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        _items.Add(new Diagnostic(descriptor, location, arguments));

    /// <summary>All diagnostics, by path, line, column, then code: stable between runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => string.Join('\u001f', d.Arguments), StringComparer.Ordinal)];
}
