namespace SupportGrains.GraphQL.Values;

/// <summary>
/// Sorts the way V8's Array.prototype.sort does for short arrays (TimSort: an initial run, then
/// binary insertion), so that a comparison that is not a total order — graphql-js has one, when
/// it orders suggested types — gives the same order as graphql-js.
/// </summary>
public static class JsSort
{
    public static void Sort<T>(IList<T> items, Comparison<T> compare)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(compare);
        var length = items.Count;
        if (length < 2)
        {
            return;
        }

        var run = CountAndMakeRun(items, compare, length);
        BinaryInsertionSort(items, compare, run, length);
    }

    private static int CountAndMakeRun<T>(IList<T> items, Comparison<T> compare, int high)
    {
        if (high == 1)
        {
            return 1;
        }

        var runLength = 2;
        var descending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < high; i++)
        {
            var order = compare(items[i], previous);
            if (descending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = items[i];
            runLength++;
        }

        if (descending)
        {
            for (int left = 0, right = runLength - 1; left < right; left++, right--)
            {
                (items[left], items[right]) = (items[right], items[left]);
            }
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(IList<T> items, Comparison<T> compare, int start, int high)
    {
        for (; start < high; start++)
        {
            var left = 0;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
