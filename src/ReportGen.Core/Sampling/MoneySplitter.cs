namespace ReportGen.Core.Sampling;

/// <summary>Integer-cent arithmetic for the generator: every figure is whole cents, so sums are exact.</summary>
internal static class MoneySplitter
{
    /// <summary>Splits <paramref name="total"/> cents into <paramref name="parts"/> positive random parts that add up exactly.</summary>
    public static long[] Split(Random rnd, long total, int parts)
    {
        if (parts <= 0)
        {
            return [];
        }
        if (total < parts)
        {
            var r = new long[parts];
            r[0] = total;
            return r;
        }
        var weights = new double[parts];
        for (var i = 0; i < parts; i++)
        {
            weights[i] = 0.2 + rnd.NextDouble();
        }
        var sum = weights.Sum();
        var result = new long[parts];
        long assigned = 0;
        for (var i = 0; i < parts - 1; i++)
        {
            result[i] = Math.Max(1, (long)Math.Floor(total * weights[i] / sum));
            assigned += result[i];
        }
        result[parts - 1] = total - assigned;
        if (result[parts - 1] <= 0)
        {
            // Rounding left nothing for the last part: take it from the largest.
            var max = Array.IndexOf(result, result.Max());
            var need = 1 - result[parts - 1];
            result[max] -= need;
            result[parts - 1] += need;
        }
        return result;
    }

    public static decimal ToMoney(long cents) => cents / 100m;

    /// <summary>A random amount between <paramref name="min"/> and <paramref name="max"/> 元, in cents of the data unit.</summary>
    public static long Amount(Random rnd, decimal min, decimal max, decimal unitFactor)
    {
        var yuan = min + (max - min) * (decimal)rnd.NextDouble();
        return Math.Max(1, (long)Math.Round(yuan * unitFactor * 100m, MidpointRounding.AwayFromZero));
    }

    /// <summary>Last year's figure: unchanged, or changed by up to ±30 %.</summary>
    public static long Vary(Random rnd, long cents, double unchangedChance = 0.1)
    {
        if (rnd.NextDouble() < unchangedChance)
        {
            return cents;
        }
        var factor = 1.0 + (rnd.NextDouble() * 0.6 - 0.3);
        return Math.Max(1, (long)Math.Round(cents * factor));
    }
}
