using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KimPress.Rendering;

/// <summary>A template function that takes any number of arguments, backed by a delegate.</summary>
/// <param name="requiredArguments">How many arguments a call must give at least.</param>
/// <param name="body">The function: the calling context, the call in the template, and the evaluated arguments.</param>
internal sealed class TemplateFunction(int requiredArguments, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body) : IScriptCustomFunction
{
    private static readonly ScriptParameterInfo[] Parameters = [.. Enumerable.Range(0, 8).Select(i => new ScriptParameterInfo(typeof(object), $"arg{i}"))];

    /// <summary>A function that does not need to see the call itself.</summary>
    public TemplateFunction(int requiredArguments, Func<TemplateContext, ScriptArray, object?> body)
        : this(requiredArguments, (context, _, arguments) => body(context, arguments))
    {
    }

    public int RequiredParameterCount => requiredArguments;

    public int ParameterCount => requiredArguments;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    // Scriban asks for this for every argument of every call: the names are made once.
    public ScriptParameterInfo GetParameterInfo(int index) => index < Parameters.Length ? Parameters[index] : new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, callerContext, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(body(context, callerContext, arguments));
}
