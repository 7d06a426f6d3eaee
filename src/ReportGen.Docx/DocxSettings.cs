using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>settings.xml: odd and even footers, no punctuation compression (28 characters a line), Word 2013+ layout.</summary>
internal static class DocxSettings
{
    public static Settings Build(StyleSheet sheet)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = (short)Units.Twips(2 * sheet.Font(FontRoleNames.Body).SizePt) });
        if (sheet.PageNumber.MirrorOddEven)
        {
            settings.Append(new EvenAndOddHeaders());
        }
        settings.Append(
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
        return settings;
    }
}
