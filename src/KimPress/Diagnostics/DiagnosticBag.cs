namespace KimPress.Diagnostics;

/// <summary>
/// Collects the diagnostics of a whole build. Thread-safe: the parallel stages report into it.
/// The order of reports is irrelevant; <see cref="Sorted"/> gives a stable order.
/// </summary>
public sealed class DiagnosticBag
{
    // A plain list under a lock: most bags (one per parsed file) never see a second thread,
    // and a lock costs far less than a concurrent collection's per-thread storage.
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();
    private int _errors;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount => Volatile.Read(ref _errors);

    /// <summary>The number of diagnostics reported so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Reports a problem of the given kind at a location.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments)
    {
        var diagnostic = new Diagnostic(descriptor, location, arguments);
        lock (_lock)
        {
            _items.Add(diagnostic);
        }

        if (descriptor.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    /// <summary>Adds diagnostics collected elsewhere (a per-file bag, a stage kept between builds), as they are.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        var added = diagnostics as IReadOnlyCollection<Diagnostic> ?? [.. diagnostics];
        if (added.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            _items.AddRange(added);
        }

        Interlocked.Add(ref _errors, added.Count(d => d.Severity == Severity.Error));
    }

    /// <summary>All diagnostics, by path, line, column, then code: stable between runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        Diagnostic[] items;
        lock (_lock)
        {
            // Most bags (one per parsed file) stay empty.
            if (_items.Count == 0)
            {
                return [];
            }

            items = [.. _items];
        }

        return [.. items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => string.Join('\u001f', d.Arguments), StringComparer.Ordinal)];
    }
}
