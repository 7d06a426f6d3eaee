using System.Net;
using System.Text;

namespace ReportGen.Html;

/// <summary>
/// Builds HTML text. Every text and attribute value goes through <see cref="WebUtility.HtmlEncode(string?, TextWriter)"/>
/// (<c>&lt; &gt; &amp; " '</c> become character references; Chinese and "+" stay readable in the
/// source, unlike System.Text.Encodings.Web's encoder, which escapes "+" as well): data can never
/// become markup. Tag and attribute names are the renderer's own constants.
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _sb = new();

    /// <summary>An opening tag; attributes whose value is null are left out.</summary>
    public HtmlText Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _sb.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
        }
        _sb.Append('>');
        return this;
    }

    public HtmlText Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlText Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlText Text(string text)
    {
        _sb.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Markup the renderer wrote itself (a doctype, a style sheet it built): never data.</summary>
    public HtmlText Trusted(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public HtmlText Line()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
