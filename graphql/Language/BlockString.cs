namespace SupportGrains.GraphQL.Language;

/// <summary>The block string algorithms of the specification: removing common indentation, and printing.</summary>
public static class BlockString
{
    /// <summary>Removes the common indentation and the blank first and last lines (spec: BlockStringValue).</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        int? firstNonEmpty = null;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            firstNonEmpty ??= i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty is null)
        {
            return [];
        }

        var result = new List<string>(lastNonEmpty - firstNonEmpty.Value + 1);
        for (var i = firstNonEmpty.Value; i <= lastNonEmpty; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>Prints a string as a block string, the way graphql-js does.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhitespace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        var result = "";
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhitespace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result += "\n";
        }

        result += escaped;
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result += "\n";
        }

        return "\"\"\"" + result + "\"\"\"";
    }

    /// <summary>Whether printing the value as a block string gives back the same value when parsed.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhitespace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t';
}
