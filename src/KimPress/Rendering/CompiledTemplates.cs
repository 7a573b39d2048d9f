using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KimPress.Rendering;

/// <summary>
/// A theme's Scriban templates turned, once, into a tree of small nodes that render a page
/// straight into UTF-8 — for the part of the language themes use for pages: text, <c>{{ value }}</c>
/// with member access, <c>if</c>/<c>else</c>, <c>for</c> over a list, assignment, comparison,
/// <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, and the calls <c>t</c>, <c>include</c>,
/// <c>include_cached</c> and <c>content</c>. Scriban interprets the same tree node by node, looking
/// every name up in a chain of scopes on each use; rendering the default theme this way takes
/// less than half the CPU (a 12k build's profile: 1.10 s of it in the templates with Scriban,
/// 0.49 s compiled), and rendering was the largest share of a build.
/// <para>
/// It does exactly what Scriban does, or nothing. A theme that uses any other construct is not
/// compiled at all (<see cref="TryCompile"/> returns null), and a page that meets a value the
/// nodes do not handle the way Scriban would — a member of null, a missing member or variable, a
/// value of a type they do not print, a comparison of mixed types — is abandoned
/// (<see cref="TryRender"/> returns false) and rendered by Scriban, so its output and its error
/// messages are Scriban's own. Text is written and indented by Scriban's rules (AutoIndent and
/// IndentOnEmptyLines, both on by default), values escaped as <see cref="TemplateRenderer"/>'s context does.
/// </para>
/// </summary>
internal sealed class CompiledTemplates : IDisposable
{
    // Includes (and `content`) deeper than this are left to Scriban, which stops a template that
    // includes itself at its own limit (100 calls) with its own error.
    private const int MaxIncludeDepth = 50;

    // Names the compiled calls stand for; a theme that assigns or loops over one of them is not compiled.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "t", "include", "include_cached", "content", "for" };

    private readonly Dictionary<string, Block> _templates;
    private readonly ITemplateHost _host;
    private readonly IReadOnlyList<(string Name, Func<PageView, object?> Get)> _members;
    private readonly ThreadLocal<State> _states;
    private readonly ThreadLocal<State> _partialStates;

    private CompiledTemplates(Dictionary<string, Block> templates, ITemplateHost host, IReadOnlyList<(string Name, Func<PageView, object?> Get)> members)
    {
        _templates = templates;
        _host = host;
        _members = members;
        _states = new ThreadLocal<State>(NewState);
        _partialStates = new ThreadLocal<State>(NewState);
    }

    /// <summary>What compiled pages ask the renderer for: UI strings and cached partials.</summary>
    internal interface ITemplateHost
    {
        /// <summary>The UI string <paramref name="key"/> with its arguments (what <c>t</c> returns).</summary>
        string Translate(string key, object?[] arguments);

        /// <summary>The partial <paramref name="name"/> rendered once per build (per value of <paramref name="variable"/>, when given).</summary>
        TrustedHtml IncludeCached(string name, object? site, string? variable, object? value);
    }

    /// <summary>
    /// Compiles every template for pages whose variables are <paramref name="pageMembers"/> (a
    /// view's members by name), or returns null when one of them uses something this compiler
    /// does not handle (the theme is then rendered by Scriban alone).
    /// </summary>
    public static CompiledTemplates? TryCompile(IReadOnlyDictionary<string, Template> templates, IReadOnlyList<(string Name, Func<PageView, object?> Get)> pageMembers, ITemplateHost host, out string? notCompiledBecause)
    {
        notCompiledBecause = null;
        if (pageMembers.Any(m => Reserved.Contains(m.Name)))
        {
            notCompiledBecause = "a page variable has the name of a template function";
            return null;
        }

        var compiler = new Compiler([.. pageMembers.Select(m => m.Name)]);
        var compiled = new Dictionary<string, Block>(StringComparer.Ordinal);
        foreach (var (name, template) in templates)
        {
            // An empty template has no body: it writes nothing.
            var block = template.Page is null ? null : template.Page.Body is { } body ? compiler.Block(body) : new Block([], []);
            if (block is null)
            {
                notCompiledBecause = compiler.Rejected is { } node ? Describe(node) : "layouts/" + name;
                return null;
            }

            compiled[name] = block;
        }

        return new CompiledTemplates(compiled, host, pageMembers);
    }

    /// <summary>
    /// Renders <paramref name="kind"/>.html inside base.html for <paramref name="view"/> into
    /// <paramref name="output"/> (from its start). False when the page must be rendered by Scriban
    /// instead; what was written is then to be thrown away.
    /// </summary>
    public bool TryRender(string kind, PageView view, Utf8Output output)
    {
        if (!_templates.TryGetValue(kind + ".html", out var page) || !_templates.TryGetValue("base.html", out var layout))
        {
            return false;
        }

        var state = _states.Value!;
        state.Begin(output, view, page);
        return Run(layout, state);
    }

    /// <summary>
    /// Renders the cached partial <paramref name="name"/> (<c>include_cached</c>) in a scope that
    /// holds only <c>site</c> and, when given, <paramref name="variable"/> — as TemplateRenderer's
    /// Scriban context for cached partials does. Null when Scriban must render it instead.
    /// </summary>
    public TrustedHtml? TryRenderPartial(string name, object? site, string? variable, object? value)
    {
        if (variable == "site" || !_templates.TryGetValue(name, out var partial))
        {
            return null;
        }

        // A cached partial that includes a cached partial: the inner one gets a state (and an
        // output) of its own.
        var shared = _partialStates.Value!;
        var state = shared.Busy ? NewState() : shared;
        var output = state.PartialOutput;
        output.Clear();
        state.BeginPartial(output, site, variable, value);
        try
        {
            return Run(partial, state) ? new TrustedHtml(output.Written.ToArray()) : null;
        }
        finally
        {
            if (state != shared)
            {
                output.Dispose();
            }
        }
    }

    private State NewState() => new(_host, _templates, _members);

    // Renders, and ends the state whatever happens. Any exception at all (a value Scriban would
    // print or compare differently, an error Scriban would report with its own message) means
    // Scriban renders this instead.
    private static bool Run(Block block, State state)
    {
        try
        {
            block.Run(state);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
        finally
        {
            state.End();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _states.Dispose();
        _partialStates.Dispose();
    }

    // Where a template uses what the compiler does not handle: "layouts/x.html:3: `a | b`".
    private static string Describe(ScriptNode node)
    {
        var code = node.ToString() ?? node.GetType().Name;
        code = code.ReplaceLineEndings(" ").Trim();
        if (code.Length > 60)
        {
            code = code[..57] + "...";
        }

        return $"{node.Span.FileName}:{node.Span.Start.Line + 1}: `{code}`";
    }

    /// <summary>Thrown where a page leaves what the nodes do exactly as Scriban would.</summary>
    private sealed class NotCompiled : Exception
    {
        public static readonly NotCompiled Instance = new();
    }

    [DoesNotReturn]
    private static void Abandon() => throw NotCompiled.Instance;

    /// <summary>The state of one page being rendered: output, indent, variables in scope.</summary>
    private sealed class State(ITemplateHost host, Dictionary<string, Block> templates, IReadOnlyList<(string Name, Func<PageView, object?> Get)> members)
    {
        private Utf8Output? _partialOutput;

        public ITemplateHost Host { get; } = host;

        public Dictionary<string, Block> Templates { get; } = templates;

        public Utf8Output Output { get; private set; } = null!;

        public PageView View { get; private set; } = null!;

        public IReadOnlyList<(string Name, Func<PageView, object?> Get)> Members { get; } = members;

        /// <summary>Where this state renders cached partials (pages are rendered into the renderer's output).</summary>
        public Utf8Output PartialOutput => _partialOutput ??= new Utf8Output();

        public Block Page { get; private set; } = null!;

        // Scriban's CurrentIndent, and whether the last text written ended a line. Like Scriban's
        // context, the flag carries over from the page before on the same thread.
        public string? Indent;
        public bool AtLineStart;

        // Loop variables (and each loop's `for`), innermost last; then variables the templates assigned.
        public readonly List<KeyValuePair<string, object?>> Loops = [];
        public readonly List<KeyValuePair<string, object?>> Assigned = [];

        // Includes and `content` being rendered, one inside the other.
        public int Depth;

        /// <summary>Runs an included template (or the page's own), unless includes are nested too deep.</summary>
        public void RunNested(Block block)
        {
            if (++Depth > MaxIncludeDepth)
            {
                Abandon();
            }

            try
            {
                block.Run(this);
            }
            finally
            {
                Depth--;
            }
        }

        // Rendering a cached partial: its scope holds only `site` and its variable, both read-only.
        public bool Partial { get; private set; }

        public string? ReadOnlyVariable { get; private set; }

        public bool Busy { get; private set; }

        public void Begin(Utf8Output output, PageView view, Block page)
        {
            Output = output;
            View = view;
            Page = page;
            Indent = null;
            Depth = 0;
            Partial = false;
            Busy = true;
        }

        public void BeginPartial(Utf8Output output, object? site, string? variable, object? value)
        {
            Output = output;
            Indent = null;
            Depth = 0;
            Partial = true;
            ReadOnlyVariable = variable;
            Busy = true;
            Assigned.Add(new("site", site));
            if (variable is not null)
            {
                Assigned.Add(new(variable, value));
            }
        }

        public void End()
        {
            Loops.Clear();
            Assigned.Clear();
            View = null!;
            Output = null!;
            Page = null!;
            Busy = false;
        }

        /// <summary>A global variable: a loop's, an assigned one, else the page's.</summary>
        public object? Variable(string name, int member)
        {
            var loop = Innermost(Loops, name);
            return loop >= 0 ? Loops[loop].Value : PageVariable(name, member);
        }

        /// <summary>A variable of the page's own scope (what Scriban's CurrentGlobal holds).</summary>
        public object? PageVariable(string name, int member)
        {
            var assigned = Innermost(Assigned, name);
            if (assigned >= 0)
            {
                return Assigned[assigned].Value;
            }

            if (member < 0 || Partial)
            {
                Abandon();
            }

            return Members[member].Get(View);
        }

        public void Assign(string name, object? value)
        {
            // Scriban refuses to overwrite a cached partial's `site` or variable.
            if (Partial && (name == "site" || name == ReadOnlyVariable))
            {
                Abandon();
            }

            var assigned = Innermost(Assigned, name);
            if (assigned >= 0)
            {
                Assigned[assigned] = new(name, value);
            }
            else
            {
                Assigned.Add(new(name, value));
            }
        }

        // The last (innermost) entry named name, or -1.
        private static int Innermost(List<KeyValuePair<string, object?>> scope, string name)
        {
            for (var i = scope.Count - 1; i >= 0; i--)
            {
                if (scope[i].Key == name)
                {
                    return i;
                }
            }

            return -1;
        }

        // What TemplateRenderer's context does with the value of {{ … }}.
        public void WriteValue(object value)
        {
            switch (value)
            {
                case string text:
                    WriteText(WebUtility.HtmlEncode(text));
                    break;
                case TrustedHtml html when string.IsNullOrEmpty(Indent):
                    // As TemplateRenderer's context: the bytes as they are, unless the last one is
                    // not ASCII, when Scriban is given the text instead.
                    var start = Output.Length;
                    html.WriteTo(Output);
                    var written = Output.Written;
                    if (written.Length > start && written[^1] >= 0x80)
                    {
                        Output.Truncate(start);
                        WriteText(html.Value);
                    }
                    else if (written.Length > start)
                    {
                        AtLineStart = written[^1] == (byte)'\n';
                    }

                    break;
                case TrustedHtml html:
                    WriteText(html.Value);
                    break;
                case bool flag:
                    WriteText(flag ? "true" : "false");
                    break;
                case int number:
                    WriteText(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case long number:
                    WriteText(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    Abandon();
                    break;
            }
        }

        // Scriban's TemplateContext.Write(string, int, int) with IndentOnEmptyLines on.
        public void WriteText(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            var indent = Indent;
            if (indent is null)
            {
                AtLineStart = text[^1] == '\n';
                Output.Write(text, 0, text.Length);
                return;
            }

            var position = 0;
            while (position < text.Length)
            {
                var newline = text.IndexOf('\n', position);
                if (AtLineStart)
                {
                    Output.Write(indent, 0, indent.Length);
                    AtLineStart = false;
                }

                if (newline < 0)
                {
                    Output.Write(text, position, text.Length - position);
                    return;
                }

                Output.Write(text, position, newline + 1 - position);
                position = newline + 1;
                AtLineStart = true;
            }
        }
    }

    /// <summary>The loop state Scriban calls <c>for</c>: first, last, index.</summary>
    private sealed class LoopInfo(int count)
    {
        public int Index;

        public object Member(string name) => name switch
        {
            "first" => Index == 0,
            "last" => Index == count - 1,
            "index" => Index,
            _ => throw NotCompiled.Instance,
        };
    }

    // ---- Statements ----

    private abstract class Statement
    {
        /// <summary>Runs the statement; a value it returns is written by the enclosing block.</summary>
        public abstract object? Run(State state);

        public virtual bool CanOutput => true;
    }

    /// <summary>Scriban's block: statements, with the indent of the <c>{{</c> each one follows.</summary>
    private sealed class Block(Statement?[] statements, Escape?[] escapes) : Statement
    {
        public override object? Run(State state)
        {
            var previous = state.Indent;
            var current = previous;
            try
            {
                for (var i = 0; i < statements.Length; i++)
                {
                    if (escapes[i] is { } escape)
                    {
                        current = escape.Entering ? escape.Indent : previous;
                    }

                    state.Indent = current;
                    if (statements[i] is not { } statement)
                    {
                        continue;
                    }

                    var value = statement.Run(state);
                    if (value is not null && statement.CanOutput)
                    {
                        state.WriteValue(value);
                    }
                }
            }
            finally
            {
                state.Indent = previous;
            }

            return null;
        }
    }

    private sealed record Escape(bool Entering, string? Indent);

    private sealed class Text(string text) : Statement
    {
        private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text);
        private readonly bool _endsLine = text.EndsWith('\n');

        public override object? Run(State state)
        {
            if (_utf8.Length == 0)
            {
                // Scriban writes nothing, and the last text written still decides the next indent.
            }
            else if (string.IsNullOrEmpty(state.Indent))
            {
                state.Output.WriteUtf8(_utf8);
                state.AtLineStart = _endsLine;
            }
            else
            {
                state.WriteText(text);
            }

            return null;
        }
    }

    private sealed class ExpressionStatement(Expression expression, bool canOutput) : Statement
    {
        public override bool CanOutput => canOutput;

        public override object? Run(State state) => expression.Value(state);
    }

    private sealed class If(Expression condition, Block then, Statement? otherwise) : Statement
    {
        public override object? Run(State state) =>
            IsTrue(condition.Value(state)) ? then.Run(state) : otherwise?.Run(state);
    }

    private sealed class For(string variable, Expression items, Block body) : Statement
    {
        public override object? Run(State state)
        {
            var value = items.Value(state);
            if (value is null)
            {
                return null;
            }

            if (value is not IList list || value is string)
            {
                Abandon();
                return null;
            }

            var loop = new LoopInfo(list.Count);
            var mark = state.Loops.Count;
            state.Loops.Add(new("for", loop));
            state.Loops.Add(new(variable, null));
            try
            {
                for (var i = 0; i < list.Count; i++)
                {
                    loop.Index = i;
                    state.Loops[mark + 1] = new(variable, list[i]);
                    body.Run(state);
                }
            }
            finally
            {
                state.Loops.RemoveRange(mark, state.Loops.Count - mark);
            }

            return null;
        }
    }

    // ---- Expressions ----

    private abstract class Expression
    {
        public abstract object? Value(State state);
    }

    private sealed class Literal(object? value) : Expression
    {
        public override object? Value(State state) => value;
    }

    private sealed class Variable(string name, int member) : Expression
    {
        public string Name => name;

        public override object? Value(State state) => state.Variable(name, member);
    }

    /// <summary><c>content</c>: the page's own template, rendered right there.</summary>
    private sealed class Content : Expression
    {
        public override object? Value(State state)
        {
            // Like Scriban's ScriptPage: the page template's block, in the same scope. A cached
            // partial has no page (Scriban: an unknown variable).
            if (state.Partial)
            {
                Abandon();
            }

            state.RunNested(state.Page);
            return null;
        }
    }

    private sealed class Member(Expression target, string name) : Expression
    {
        private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

        // The last type seen here and its property: a member is almost always read from one type.
        private Found? _last;

        public override object? Value(State state)
        {
            var value = target.Value(state);
            switch (value)
            {
                case null:
                    Abandon();
                    return null;
                case LoopInfo loop:
                    return loop.Member(name);
                case string or IDictionary or IScriptObject:
                    Abandon();
                    return null;
                case IList list:
                    if (name != "size")
                    {
                        Abandon();
                    }

                    return list.Count;
                default:
                    var type = value.GetType();
                    var last = _last;
                    if (last is null || last.Type != type)
                    {
                        last = new Found(type, Properties.GetOrAdd((type, name), static key => Find(key.Item1, key.Item2)));
                        _last = last;
                    }

                    if (last.Property is null)
                    {
                        Abandon();
                    }

                    return last.Property.GetValue(value);
            }
        }

        private sealed record Found(Type Type, PropertyInfo? Property);

        // The property Scriban's TypedObjectAccessor finds for a snake_case name on a view.
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are records of this assembly, which the native build roots whole (TrimmerRootAssembly); Scriban reads them the same way.")]
        private static PropertyInfo? Find(Type type, string name) =>
            type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .FirstOrDefault(p => p.GetIndexParameters().Length == 0
                    && p.GetMethod is { IsPublic: true, IsStatic: false }
                    && p.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null
                    && StandardMemberRenamer.Rename(p) == name);
    }

    private sealed class Not(Expression operand) : Expression
    {
        public override object? Value(State state) => !IsTrue(operand.Value(state));
    }

    private sealed class And(Expression left, Expression right) : Expression
    {
        public override object? Value(State state) => IsTrue(left.Value(state)) && IsTrue(right.Value(state));
    }

    private sealed class Or(Expression left, Expression right) : Expression
    {
        public override object? Value(State state) => IsTrue(left.Value(state)) || IsTrue(right.Value(state));
    }

    /// <summary>==, !=, &lt;, &gt;, &lt;=, &gt;= on two strings or two whole numbers; anything else goes to Scriban.</summary>
    private sealed class Compare(ScriptBinaryOperator op, Expression left, Expression right) : Expression
    {
        public override object? Value(State state)
        {
            var a = left.Value(state);
            var b = right.Value(state);
            int order;
            if (a is string x && b is string y)
            {
                order = string.CompareOrdinal(x, y);
            }
            else if (a is int m && b is int n)
            {
                order = m.CompareTo(n);
            }
            else
            {
                Abandon();
                return null;
            }

            return op switch
            {
                ScriptBinaryOperator.CompareEqual => order == 0,
                ScriptBinaryOperator.CompareNotEqual => order != 0,
                ScriptBinaryOperator.CompareLess => order < 0,
                ScriptBinaryOperator.CompareGreater => order > 0,
                ScriptBinaryOperator.CompareLessOrEqual => order <= 0,
                _ => order >= 0,
            };
        }
    }

    private sealed class Assign(string name, Expression value) : Statement
    {
        public override bool CanOutput => false;

        public override object? Run(State state)
        {
            state.Assign(name, value.Value(state));
            return null;
        }
    }

    private sealed class Translate(Expression[] arguments) : Expression
    {
        public override object? Value(State state)
        {
            var values = Values(state, arguments);
            var rest = values.Length > 1 ? values[1..] : [];
            return state.Host.Translate(values[0]?.ToString() ?? "", rest);
        }
    }

    private sealed class Include(Expression name) : Expression
    {
        public override object? Value(State state)
        {
            if (name.Value(state) is not string partial || !state.Templates.TryGetValue(partial, out var block))
            {
                Abandon();
                return null;
            }

            state.RunNested(block);
            return null;
        }
    }

    private sealed class IncludeCached(Expression name, int siteMember, string? variable, Expression? value) : Expression
    {
        public override object? Value(State state)
        {
            var partial = name.Value(state)?.ToString() ?? "";
            var site = state.PageVariable("site", siteMember);
            return state.Host.IncludeCached(partial, site, variable, value?.Value(state));
        }
    }

    private static object?[] Values(State state, Expression[] expressions)
    {
        var values = new object?[expressions.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = expressions[i].Value(state);
        }

        return values;
    }

    // Scriban's ToBool: only null and false are false (an empty text is true).
    private static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        _ => !ReferenceEquals(value, EmptyScriptObject.Default),
    };

    /// <summary>Turns Scriban's syntax tree into nodes; null for a tree with anything outside what it handles.</summary>
    private sealed class Compiler(List<string> pageMembers)
    {
        private readonly List<string> _members = pageMembers;

        /// <summary>The first node (innermost) the compiler does not handle.</summary>
        public ScriptNode? Rejected { get; private set; }

        private T? Reject<T>(ScriptNode node)
            where T : class
        {
            Rejected ??= node;
            return null;
        }

        public Block? Block(ScriptBlockStatement block)
        {
            // A tree Scriban could parse is not deep, but the compiler must not be the one to overflow.
            if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                return null;
            }

            var statements = new Statement?[block.Statements.Count];
            var escapes = new Escape?[statements.Length];
            for (var i = 0; i < statements.Length; i++)
            {
                switch (block.Statements[i])
                {
                    case ScriptEscapeStatement escape:
                        escapes[i] = new Escape(escape.IsEntering, escape.Indent);
                        break;
                    case ScriptEndStatement or ScriptNopStatement or ScriptExpressionStatement { Expression: null }:
                        break;
                    case var statement:
                        statements[i] = Statement(statement);
                        if (statements[i] is null)
                        {
                            return null;
                        }

                        break;
                }
            }

            return new Block(statements, escapes);
        }

        private Statement? Statement(ScriptStatement statement) => StatementCore(statement) ?? Reject<Statement>(statement);

        private Expression? Expression(ScriptExpression expression) => ExpressionCore(expression) ?? Reject<Expression>(expression);

        private Statement? StatementCore(ScriptStatement statement) => statement switch
        {
            ScriptRawStatement raw => raw.Text.FullText is null ? new Text("") : new Text(raw.Text.ToString()),
            ScriptExpressionStatement { Expression: ScriptAssignExpression assign } => Assignment(assign),
            ScriptExpressionStatement { Expression: { } expression } when statement.GetType() == typeof(ScriptExpressionStatement) =>
                Expression(expression) is { } compiled ? new ExpressionStatement(compiled, statement.CanOutput) : null,
            ScriptIfStatement branch when branch.GetType() == typeof(ScriptIfStatement) => IfStatement(branch),
            ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement) => ForStatement(loop),
            _ => null,
        };

        private Assign? Assignment(ScriptAssignExpression assign) =>
            assign is { Target: ScriptVariableGlobal target, EqualToken.TokenType: TokenType.Equal, Value: { } value }
            && !Reserved.Contains(target.Name)
            && Expression(value) is { } compiled
                ? new Assign(target.Name, compiled)
                : null;

        private If? IfStatement(ScriptIfStatement branch)
        {
            if (branch.Condition is null || branch.Then is null || Expression(branch.Condition) is not { } condition || Block(branch.Then) is not { } then)
            {
                return null;
            }

            Statement? otherwise = null;
            switch (branch.Else)
            {
                case null:
                    break;
                case ScriptElseStatement { Body: { } body } when branch.Else.GetType() == typeof(ScriptElseStatement):
                    otherwise = Block(body);
                    break;
                case ScriptIfStatement elseIf when elseIf.GetType() == typeof(ScriptIfStatement):
                    otherwise = IfStatement(elseIf);
                    break;
                default:
                    return null;
            }

            return branch.Else is not null && otherwise is null ? null : new If(condition, then, otherwise);
        }

        private For? ForStatement(ScriptForStatement loop) =>
            loop is { Variable: ScriptVariableGlobal variable, Iterator: { } iterator, Body: { } body, Else: null, NamedArguments: null or { Count: 0 }, SetContinue: false }
            && !Reserved.Contains(variable.Name)
            && Expression(iterator) is { } items
            && Block(body) is { } compiled
                ? new For(variable.Name, items, compiled)
                : null;

        private Expression? ExpressionCore(ScriptExpression expression) => !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack() ? null : expression switch
        {
            ScriptLiteral literal when literal.Value is null or string or int or bool => new Literal(literal.Value),
            ScriptNestedExpression { Expression: { } inner } => Expression(inner),
            ScriptVariableGlobal { Name: "content" } => new Content(),
            ScriptVariableGlobal variable when variable.GetType() == typeof(ScriptVariableGlobal) && variable.Name is not ("t" or "include" or "include_cached") =>
                new Variable(variable.Name, _members.IndexOf(variable.Name)),
            ScriptMemberExpression { Target: { } target, Member: { } member } access when access.DotToken.TokenType == TokenType.Dot =>
                Expression(target) is { } compiled ? new Member(compiled, member.Name) : null,
            ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } operand } => Expression(operand) is { } compiled ? new Not(compiled) : null,
            ScriptBinaryExpression { Left: { } left, Right: { } right } binary => Binary(binary.Operator, left, right),
            ScriptFunctionCall call => Call(call),
            _ => null,
        };

        private Expression? Binary(ScriptBinaryOperator op, ScriptExpression left, ScriptExpression right)
        {
            if (Expression(left) is not { } a || Expression(right) is not { } b)
            {
                return null;
            }

            return op switch
            {
                ScriptBinaryOperator.And => new And(a, b),
                ScriptBinaryOperator.Or => new Or(a, b),
                ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess
                    or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreaterOrEqual => new Compare(op, a, b),
                _ => null,
            };
        }

        private Expression? Call(ScriptFunctionCall call)
        {
            if (call.Target is not ScriptVariableGlobal { Name: var function } || call.Arguments.Count == 0)
            {
                return null;
            }

            var arguments = new Expression[call.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                if (Expression(call.Arguments[i]) is not { } argument)
                {
                    return null;
                }

                arguments[i] = argument;
            }

            return function switch
            {
                "t" => new Translate(arguments),
                "include" when arguments.Length == 1 => new Include(arguments[0]),
                "include_cached" when arguments.Length == 1 => new IncludeCached(arguments[0], _members.IndexOf("site"), null, null),
                "include_cached" when arguments.Length == 2 && call.Arguments[1] is ScriptVariableGlobal variable && variable.GetType() == typeof(ScriptVariableGlobal) =>
                    new IncludeCached(arguments[0], _members.IndexOf("site"), variable.Name, arguments[1]),
                _ => null,
            };
        }
    }
}
