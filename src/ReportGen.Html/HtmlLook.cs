namespace ReportGen.Html;

/// <summary>
/// How a part of the body is styled: the page gives it a class of its style sheet; the fragment,
/// meant for a CMS editor that drops style sheets and classes, gives it the few inline declarations
/// that must survive (table rules, alignment, widths, indents).
/// </summary>
internal sealed class HtmlLook(bool inline)
{
    public static readonly HtmlLook Page = new(false);
    public static readonly HtmlLook Fragment = new(true);

    public bool Inline => inline;

    /// <summary>The attribute for a part: <c>class="…"</c> on the page, <c>style="…"</c> in the fragment (null when empty).</summary>
    public (string Name, string? Value) Of(string? className, string? inlineStyle) =>
        inline ? ("style", Empty(inlineStyle)) : ("class", Empty(className));

    /// <summary>A style attribute on the page and in the fragment alike (per-element geometry such as column widths).</summary>
    public static (string Name, string? Value) Style(string? declarations) => ("style", Empty(declarations));

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Accumulates class names and inline declarations for one element, then yields the attribute of the look.</summary>
internal sealed class LookBuilder(HtmlLook look)
{
    private readonly List<string> _classes = [];
    private readonly List<string> _styles = [];
    private readonly List<string> _always = [];
    public LookBuilder Add(string? className, string? inlineStyle = null)
    {
        if (!string.IsNullOrEmpty(className))
        {
            _classes.Add(className);
        }
        if (!string.IsNullOrEmpty(inlineStyle))
        {
            _styles.Add(inlineStyle.TrimEnd(';'));
        }
        return this;
    }

    /// <summary>A declaration both looks need (the page has no class for it).</summary>
    public LookBuilder Always(string declaration)
    {
        _always.Add(declaration.TrimEnd(';'));
        return this;
    }

    /// <summary>A declaration only the page uses (a custom property its style sheet reads).</summary>
    public LookBuilder PageOnly(string declaration)
    {
        if (!look.Inline)
        {
            _always.Add(declaration.TrimEnd(';'));
        }
        return this;
    }

    /// <summary>The attributes: class (page) or style (fragment), plus a style for declarations both need.</summary>
    public IEnumerable<(string Name, string? Value)> Attributes()
    {
        if (look.Inline)
        {
            yield return HtmlLook.Style(string.Join(";", _styles.Concat(_always)));
        }
        else
        {
            yield return look.Of(string.Join(" ", _classes), null);
            yield return HtmlLook.Style(string.Join(";", _always));
        }
    }
}
