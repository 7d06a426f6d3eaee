using System.Globalization;
using Humanizer;

namespace ReportGen.Templating.Functions;

/// <summary>Chinese numerals for numbering (一、 （一） 表十七), from Humanizer's zh-CN number words.</summary>
public static class ChineseNumbers
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>1 → "一", 10 → "十", 17 → "十七", 21 → "二十一".</summary>
    public static string Of(int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "编号必须是正整数");
        }
        return number.ToWords(Chinese);
    }
}
