using System.Globalization;

namespace SupportGrains.GraphQL.Values;

/// <summary>Formats numbers the way JavaScript does, so messages and IDs read as graphql-js writes them.</summary>
public static class JsNumber
{
    /// <summary>ECMAScript Number::toString for a double.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        // Shortest round-trip digits and exponent: value = 0.d1d2...dk × 10^n.
        var (digits, n) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var sign = e < 0 ? "-" : "+";
        return (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an integer.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static (string Digits, int N) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : "";
        var digits = (integerPart + fraction).TrimStart('0');
        var leadingZeros = (integerPart + fraction).Length - digits.Length;
        var n = integerPart.Length + exponent - leadingZeros;
        digits = digits.TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, n);
    }
}
