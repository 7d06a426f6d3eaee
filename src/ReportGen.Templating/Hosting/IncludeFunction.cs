using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// <c>include "name.sbn"</c> over the parsed <see cref="TemplateSet"/>. Unlike Scriban's own include it
/// renders straight into the current output instead of returning a string, so the included file's
/// markup is not escaped as data and its lines keep their own source positions.
/// <c>include "part.sbn" {name: value, …}</c> renders the part in a scope of its own: the named values
/// are variables there, and whatever the part assigns is gone after it (the part still reads the
/// document's globals).
/// </summary>
internal sealed class IncludeFunction(TemplateSet set) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "name") : new(typeof(ScriptObject), "values");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (parameters.Count is < 1 or > 2 || parameters[0] is not string name || name.Length == 0)
        {
            throw new ScriptRuntimeException(span, "include 需要模板文件名（相对于模板目录），可再加一组命名的值，例如 include \"sections/01-profile.sbn\" 或 include \"parts/fund-table.sbn\" {fund_view: fund}");
        }
        ScriptObject? scope = null;
        if (parameters.Count == 2 && parameters[1] is not null)
        {
            scope = parameters[1] as ScriptObject
                ?? throw new ScriptRuntimeException(span, $"include 的第二个参数应为命名的值，例如 {{fund_view: fund, amount_label: \"项目支出\"}}，实际为“{parameters[1]}”");
        }
        var file = set.Find(name)
            ?? throw new ScriptRuntimeException(span, $"找不到模板“{name}”（在模板目录 {set.Directory} 中）");
        if (file.Template.HasErrors)
        {
            throw new ScriptRuntimeException(span, $"模板“{name}”有语法错误");
        }
        context.EnterRecursive(callerContext ?? context.CurrentNode);
        context.PushSourceFile(file.Name);
        if (scope is not null)
        {
            var own = new ScriptObject();
            foreach (var (key, value) in scope)
            {
                own[key] = value;
            }
            context.PushGlobal(own);
        }
        try
        {
            if (file.Template.Page is { } page)
            {
                context.Evaluate(page);
            }
        }
        finally
        {
            if (scope is not null)
            {
                context.PopGlobal();
            }
            context.PopSourceFile();
            context.ExitRecursive(callerContext ?? context.CurrentNode);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, parameters, blockStatement));
}
