using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// <c>include "name.sbn"</c> over the parsed <see cref="TemplateSet"/>. Unlike Scriban's own include it
/// renders straight into the current output instead of returning a string, so the included file's
/// markup is not escaped as data and its lines keep their own source positions.
/// </summary>
internal sealed class IncludeFunction(TemplateSet set) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (parameters.Count != 1 || parameters[0] is not string name || name.Length == 0)
        {
            throw new ScriptRuntimeException(span, "include 需要一个参数：模板文件名（相对于模板目录），例如 include \"sections/01-profile.sbn\"");
        }
        var file = set.Find(name)
            ?? throw new ScriptRuntimeException(span, $"找不到模板“{name}”（在模板目录 {set.Directory} 中）");
        if (file.Template.HasErrors)
        {
            throw new ScriptRuntimeException(span, $"模板“{name}”有语法错误");
        }
        context.EnterRecursive(callerContext ?? context.CurrentNode);
        context.PushSourceFile(file.Name);
        try
        {
            if (file.Template.Page is { } page)
            {
                context.Evaluate(page);
            }
        }
        finally
        {
            context.PopSourceFile();
            context.ExitRecursive(callerContext ?? context.CurrentNode);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, parameters, blockStatement));
}
