using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace KimPress.Rendering;

/// <summary>
/// Scriban imports most of its built-in functions by reflection. In the native build a few of
/// them are missing — those whose signature needs a generic instantiation the ahead-of-time
/// compiler did not make (nullable numbers or dates) — so a theme that works under
/// <c>dotnet run</c> would fail in CI. This puts each of them back, calling Scriban's own
/// implementation; under the JIT nothing is missing and nothing is added.
/// NativeBuildTests compares a theme that uses them in both builds.
/// </summary>
internal static class NativeBuiltins
{
    /// <summary>Adds to <paramref name="builtins"/> whichever of the known gaps it has.</summary>
    public static void FillGaps(ScriptObject builtins)
    {
        Add(builtins, "date", "parse", 1, (ctx, a) => DateTimeFunctions.Parse(ctx, Text(ctx, a, 0), Text(ctx, a, 1), Text(ctx, a, 2)));
        Add(builtins, "object", "has_key", 2, (ctx, a) => ObjectFunctions.HasKey(a[0] as IDictionary<string, object?>, Text(ctx, a, 1)));
        Add(builtins, "object", "has_value", 2, (ctx, a) => ObjectFunctions.HasValue(a[0] as IDictionary<string, object?>, Text(ctx, a, 1)));
        Add(builtins, "string", "slice", 2, (ctx, a) => StringFunctions.Slice(Text(ctx, a, 0), ctx.ToInt(ctx.CurrentSpan, a[1]), Int(ctx, a, 2)));
        Add(builtins, "string", "index_of", 2, (ctx, a) => StringFunctions.IndexOf(Text(ctx, a, 0) ?? "", Text(ctx, a, 1) ?? "", Int(ctx, a, 2), Int(ctx, a, 3), Text(ctx, a, 4)));
        if (builtins.TryGetValue("timespan", out var timespan) && timespan is ScriptObject spans && !spans.ContainsKey("zero"))
        {
            spans.SetValue("zero", TimeSpan.Zero, readOnly: true);
        }
    }

    private static void Add(ScriptObject builtins, string group, string name, int required, Func<TemplateContext, ScriptArray, object?> body)
    {
        if (builtins.TryGetValue(group, out var value) && value is ScriptObject functions && !functions.ContainsKey(name))
        {
            functions.SetValue(name, new TemplateFunction(required, body), readOnly: true);
        }
    }

    private static string? Text(TemplateContext context, ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is { } value ? context.ObjectToString(value) : null;

    private static int? Int(TemplateContext context, ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is { } value ? context.ToInt(context.CurrentSpan, value) : null;
}
