namespace SupportGrains.Grains.Rota;

/// <summary>
/// Shifts and swaps are named by their number in the rota of the team around a person: sh12-p-sam
/// is the twelfth shift made for p-sam, sw2-p-sam the second swap proposed. The person is read back
/// from the id, so a shift or swap alone leads to its rota.
/// </summary>
public static class RotaIds
{
    public static string Shift(string personId, int number) => $"sh{number}-{personId}";

    public static string Swap(string personId, int number) => $"sw{number}-{personId}";

    /// <summary>The person whose rota holds a shift or swap; null when the id is neither.</summary>
    public static string? PersonOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length < 5 || id[0] != 's' || (id[1] != 'h' && id[1] != 'w'))
        {
            return null;
        }

        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash < 3 || dash == id.Length - 1)
        {
            return null;
        }

        for (var i = 2; i < dash; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return null;
            }
        }

        return id[(dash + 1)..];
    }
}
