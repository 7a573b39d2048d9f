namespace KimPress.Diagnostics;

/// <summary>
/// A kind of problem: its stable code, severity, and message and hint templates in Bahasa
/// Indonesia and English. Placeholders are <c>{0}</c>, <c>{1}</c>, … as in <see cref="string.Format(string, object[])"/>.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    Severity Severity,
    string MessageId,
    string HintId,
    string MessageEn,
    string HintEn);
