using System.Text;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// Strings written as JSON and GraphQL string literals, every character outside printable ASCII
/// as a \u escape, so text holding lone surrogates or control characters still reaches the
/// server as the generator meant it.
/// </summary>
public static class Literal
{
    /// <summary>A JSON string literal.</summary>
    public static string Json(string text) => Quote(text);

    /// <summary>A GraphQL string literal (the same escapes as JSON).</summary>
    public static string GraphQL(string text) => Quote(text);

    private static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case >= ' ' and < (char)0x7F:
                    builder.Append(c);
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
