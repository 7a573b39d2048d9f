using KimPress.Diagnostics;
using KimPress.Text;
using YamlDotNet.RepresentationModel;

namespace KimPress.Yaml;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Each accessor returns the value or
/// null, reporting a diagnostic with the node's line and column when the value is of the wrong
/// shape. Keys outside <c>allowedKeys</c> are reported on construction, with a "did you mean".
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="node"/>; <paramref name="firstLine"/> is the file line of the YAML's first line.</summary>
    public YamlMap(YamlMappingNode node, string path, int firstLine, DiagnosticBag diagnostics, IReadOnlyList<string> allowedKeys)
    {
        _node = node;
        _path = path;
        _lineOffset = firstLine - 1;
        _diagnostics = diagnostics;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode key || key.Value is null)
            {
                diagnostics.Report(DiagnosticCodes.WrongType, At(keyNode), "(key)", new Phrase("teks", "text"), "title: Judul");
                continue;
            }

            if (!allowedKeys.Contains(key.Value))
            {
                var suggestion = Suggestions.Closest(key.Value, allowedKeys);
                diagnostics.Report(DiagnosticCodes.UnknownKey, At(key), key.Value, Phrase.DidYouMean(suggestion), string.Join(", ", allowedKeys));
                continue;
            }

            if (!_entries.TryAdd(key.Value, (key, value)))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateSlug, At(key), key.Value, _entries[key.Value].Key.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => At(_node);

    /// <summary>The file the mapping comes from.</summary>
    public string Path => _path;

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool Has(string key) => _entries.TryGetValue(key, out var entry) && !YamlSource.IsNull(entry.Value);

    /// <summary>Where the value of <paramref name="key"/> is, or the mapping when it is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? At(entry.Value) : Location;

    /// <summary>Where a node is, shifted to its line in the file.</summary>
    public SourceLocation At(YamlNode node) =>
        new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>A scalar value as trimmed text.</summary>
    public string? Text(string key, bool required = false, string example = "teks")
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(text) && required)
            {
                _diagnostics.Report(DiagnosticCodes.MissingKey, At(node), key);
            }

            return string.IsNullOrEmpty(text) ? null : text;
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, At(node), key, new Phrase("teks biasa (bukan daftar)", "plain text (not a list)"), $"{key}: {example}");
        return null;
    }

    /// <summary>A yes/no value (true/false, ya/tidak).</summary>
    public bool? Bool(string key)
    {
        var text = Text(key, example: "true");
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "ya" or "on":
                return true;
            case "false" or "no" or "tidak" or "off":
                return false;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongType, LocationOf(key), key, new Phrase("true atau false", "true or false"), $"{key}: false");
                return null;
        }
    }

    /// <summary>A whole number within a range.</summary>
    public int? Int(string key, int min, int max)
    {
        var text = Text(key, example: "10");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, LocationOf(key), key, new Phrase($"bilangan bulat {min}–{max}", $"a whole number {min}–{max}"), $"{key}: {min}");
        return null;
    }

    /// <summary>A date, read the ISO way or the Indonesian way.</summary>
    public LocalDateValue? Date(string key, bool required = false)
    {
        var text = Text(key, required, "2024-03-01");
        if (text is null)
        {
            return null;
        }

        if (DateText.TryParse(text, out var value))
        {
            return value;
        }

        _diagnostics.Report(DiagnosticCodes.InvalidDate, LocationOf(key), text);
        return null;
    }

    /// <summary>A nested mapping, read with its own allowed keys.</summary>
    public YamlMap? Map(string key, IReadOnlyList<string> allowedKeys, bool required = false, string example = "{ ... }")
    {
        var node = Value(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, _path, _lineOffset + 1, _diagnostics, allowedKeys);
        }

        _diagnostics.Report(DiagnosticCodes.WrongType, At(node), key, new Phrase("kumpulan kunci: nilai", "a mapping of key: value"), $"{key}: {example}");
        return null;
    }

    /// <summary>A list of mappings, each read with the same allowed keys.</summary>
    public IReadOnlyList<YamlMap> MapList(string key, IReadOnlyList<string> allowedKeys, string example)
    {
        var node = Value(key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Report(DiagnosticCodes.WrongType, At(node), key, new Phrase("daftar", "a list"), $"{key}: [ {example} ]");
            return [];
        }

        var result = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, _path, _lineOffset + 1, _diagnostics, allowedKeys));
            }
            else
            {
                _diagnostics.Report(DiagnosticCodes.WrongType, At(item), key, new Phrase("daftar berisi kunci: nilai", "a list of key: value mappings"), $"- {example}");
            }
        }

        return result;
    }

    /// <summary>A list of short texts: a YAML sequence, or one text with commas ("a, b").</summary>
    public IReadOnlyList<(string Text, SourceLocation Location)> TextList(string key, int maxItems)
    {
        var node = Value(key, required: false);
        var result = new List<(string, SourceLocation)>();
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode scalar:
                foreach (var part in (scalar.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    result.Add((part, At(scalar)));
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
                    {
                        result.Add((text.Trim(), At(item)));
                    }
                    else if (!YamlSource.IsNull(item))
                    {
                        _diagnostics.Report(DiagnosticCodes.WrongType, At(item), key, new Phrase("daftar teks", "a list of texts"), $"{key}: [satu, dua]");
                    }
                }

                break;
            default:
                _diagnostics.Report(DiagnosticCodes.WrongType, At(node), key, new Phrase("daftar teks", "a list of texts"), $"{key}: [satu, dua]");
                break;
        }

        if (result.Count > maxItems)
        {
            _diagnostics.Report(DiagnosticCodes.InvalidValue, At(node!), key,
                new Phrase($"{result.Count} item", $"{result.Count} items"), new Phrase($"Paling banyak {maxItems} item.", $"At most {maxItems} items."));
            result.RemoveRange(maxItems, result.Count - maxItems);
        }

        return result;
    }

    private YamlNode? Value(string key, bool required)
    {
        if (_entries.TryGetValue(key, out var entry) && !YamlSource.IsNull(entry.Value))
        {
            return entry.Value;
        }

        if (required)
        {
            _diagnostics.Report(DiagnosticCodes.MissingKey,
                _entries.TryGetValue(key, out var present) ? At(present.Key) : Location, key);
        }

        return null;
    }
}
