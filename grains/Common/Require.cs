namespace SupportGrains.Grains.Common;

/// <summary>Input checks that refuse with INVALID_INPUT and a message a person can act on.</summary>
public static class Require
{
    public static string Text(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.InvalidInput($"{what} must not be blank.");
        }

        return value.Trim();
    }

    public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static double Hours(double value, string what)
    {
        if (double.IsNaN(value) || value < 0 || value > 168)
        {
            throw DomainException.InvalidInput($"{what} must be between 0 and 168 hours a week, not {value}.");
        }

        return value;
    }
}
