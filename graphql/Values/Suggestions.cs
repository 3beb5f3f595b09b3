namespace SupportGrains.GraphQL.Values;

/// <summary>"Did you mean ...?" hints, chosen and worded as graphql-js does.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, closest first.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } d)
            {
                distances[option] = d;
            }
        }

        return distances.Keys
            .OrderBy(k => distances[k])
            .ThenBy(k => k, Comparer<string>.Create(NaturalCompare))
            .ToList();
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        switch (quoted.Count)
        {
            case 0:
                return "";
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    internal static int NaturalCompare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        int ai = 0, bi = 0;
        while (ai < x.Length && bi < y.Length)
        {
            var ac = x[ai];
            var bc = y[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = (an * 10) + ac - '0';
                    ac = ai < x.Length ? x[ai] : '\0';
                }
                while (char.IsAsciiDigit(ac) && an > 0);

                long bn = 0;
                do
                {
                    ++bi;
                    bn = (bn * 10) + bc - '0';
                    bc = bi < y.Length ? y[bi] : '\0';
                }
                while (char.IsAsciiDigit(bc) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ++ai;
                ++bi;
            }
        }

        return x.Length - y.Length;
    }
}
