using System.Collections.Immutable;
using System.Globalization;

namespace SupportGrains.Grains.Common;

/// <summary>
/// DOMAIN.md "Limits on input": checks that refuse with INVALID_INPUT and a message naming the field
/// as the API names it. Names up to 200 characters, other text up to 4,000, days from 1900-01-01 to
/// 2100-12-31, hours never negative.
/// </summary>
public static class Require
{
    public const int NameLength = 200;
    public const int TextLength = 4000;
    public const int ItemsInAList = 200;

    public static readonly DateOnly EarliestDay = new(1900, 1, 1);
    public static readonly DateOnly LatestDay = new(2100, 12, 31);

    /// <summary>A name: not blank, at most 200 characters (trimmed).</summary>
    public static string Name(string? value, string field) => Bounded(NonBlank(value, field), field, NameLength);

    public static string? OptionalName(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Name(value, field);

    /// <summary>Free text that must be given (a reason): not blank, at most 4,000 characters.</summary>
    public static string Text(string? value, string field) => Bounded(NonBlank(value, field), field, TextLength);

    /// <summary>Free text that may be left out: blank reads as none.</summary>
    public static string? OptionalText(string? value, string field) => string.IsNullOrWhiteSpace(value) ? null : Bounded(value.Trim(), field, TextLength);

    /// <summary>A list of short texts (a profile section, what is working): blanks dropped, each at most 4,000 characters, at most 200 of them.</summary>
    public static ImmutableArray<string> Texts(ImmutableArray<string> values, string field)
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        if (values.Length > ItemsInAList)
        {
            throw DomainException.InvalidInput($"{field} may have at most {ItemsInAList} entries, not {values.Length}.");
        }

        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Bounded(v.Trim(), field, TextLength))];
    }

    public static DateOnly Day(DateOnly day, string field)
    {
        if (day < EarliestDay || day > LatestDay)
        {
            throw DomainException.InvalidInput($"{field} must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}, not {day:yyyy-MM-dd}.");
        }

        return day;
    }

    public static DateOnly? OptionalDay(DateOnly? day, string field) => day is { } given ? Day(given, field) : null;

    /// <summary>A day that has happened: not after today.</summary>
    public static DateOnly NotAfterToday(DateOnly day, DateOnly today, string field)
    {
        Day(day, field);
        if (day > today)
        {
            throw DomainException.InvalidInput($"{field} {day:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): record it once it has happened.");
        }

        return day;
    }

    /// <summary>Hours a week: never negative, at most <paramref name="most"/> (168, a week, unless said otherwise).</summary>
    public static double Hours(double value, string field, double most = 168)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0 || value > most)
        {
            throw DomainException.InvalidInput($"{field} must be between 0 and {most.ToString("0.##", CultureInfo.InvariantCulture)} hours a week, not {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    private static string NonBlank(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw DomainException.InvalidInput($"{field} must not be blank.") : value.Trim();

    private static string Bounded(string value, string field, int most) =>
        value.Length > most ? throw DomainException.InvalidInput($"{field} must be at most {most:N0} characters, not {value.Length:N0}.") : value;
}
