using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// What the templates may not use of Scriban's built-in functions: anything whose result depends on
/// the moment or on chance (the same data must give the same bytes), and anything that would evaluate
/// a text as a template or read files (data is never code). Each is replaced by a function that stops
/// the render with a Chinese message naming it.
/// </summary>
internal static class Sandbox
{
    private static readonly (string Object, string Member, string Why)[] Removed =
    [
        ("date", "now", "当前时间每次运行都不同，文档必须可重复生成；日期请写在数据中"),
        ("date", "utc_now", "当前时间每次运行都不同，文档必须可重复生成；日期请写在数据中"),
        ("date", "parse", "不完整的日期会以当前年份补全，结果随运行时间变化"),
        ("date", "parse_to_string", "不完整的日期会以当前年份补全，结果随运行时间变化"),
        ("math", "random", "随机数每次运行都不同，文档必须可重复生成"),
        ("math", "uuid", "随机编号每次运行都不同，文档必须可重复生成"),
        ("object", "eval", "不能把文本当作模板执行（数据决不能成为代码）"),
        ("object", "eval_template", "不能把文本当作模板执行（数据决不能成为代码）"),
    ];

    /// <summary>The names a template can no longer call, e.g. "date.now".</summary>
    public static IEnumerable<string> Names => Removed.Select(r => r.Object + "." + r.Member).Append("include_join");

    public static void Apply(ScriptObject builtins)
    {
        foreach (var (obj, member, why) in Removed)
        {
            if (builtins[obj] is ScriptObject target)
            {
                target.Remove(member);
                target.SetValue(member, Refuse($"{obj}.{member}", why), true);
            }
        }
        builtins.Remove("include_join");
        builtins.SetValue("include_join", Refuse("include_join", "模板只能用 include 引用模板目录中的文件"), true);
    }

    private static RefusedFunction Refuse(string name, string why) => new($"模板不能使用 {name}：{why}");

    /// <summary>Takes any arguments and stops the render with its message.</summary>
    private sealed class RefusedFunction(string message) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 0;

        public int ParameterCount => 0;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(Scriban.TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, message);

        public ValueTask<object?> InvokeAsync(Scriban.TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, message);
    }
}
