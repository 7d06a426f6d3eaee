using System.Text;
using Scriban.Runtime;

namespace ReportGen.Templating.Hosting;

/// <summary>The output of a render: the text, and for each write where it came from (see <see cref="SourceMap"/>).</summary>
internal sealed class RecordingOutput(Func<TemplateOrigin?> currentOrigin, long limit, Func<Scriban.Parsing.SourceSpan> currentSpan) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public SourceMap Map { get; } = new();

    public string Text => _text.ToString();

    public void Write(string text, int offset, int count)
    {
        if (count == 0)
        {
            return;
        }
        if (_text.Length + (long)count > limit)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(currentSpan(), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"生成的文本超过上限 {limit:N0} 个字符（上限已按本部门的数据量放大）：模板可能在无休止地输出"));
        }
        if (currentOrigin() is { } origin)
        {
            Map.Add(_text.Length, origin);
        }
        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
