namespace SupportGrains.Grains.Tests.Common;

/// <summary>DOMAIN.md "Limits on input".</summary>
public sealed class RequireTests
{
    [Theory]
    [InlineData(1899, 12, 31, false)]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(2101, 1, 1, false)]
    public void Days_are_from_1900_to_2100(int year, int month, int day, bool allowed)
    {
        var date = new DateOnly(year, month, day);
        if (allowed)
        {
            Assert.Equal(date, Require.Day(date, "on"));
        }
        else
        {
            Assert.Contains("on must be between", Assert.Throws<DomainException>(() => Require.Day(date, "on")).Message);
        }
    }

    [Fact]
    public void Text_is_at_most_4000_characters_and_names_200()
    {
        Assert.Equal(4000, Require.Text(new string('x', 4000), "reason").Length);
        Assert.Throws<DomainException>(() => Require.Text(new string('x', 4001), "reason"));
        Assert.Throws<DomainException>(() => Require.Name(new string('x', 201), "name"));
        Assert.Throws<DomainException>(() => Require.Texts([new string('x', 4001)], "working"));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Hours_are_never_negative_or_not_a_number(double hours)
    {
        Assert.Equal(ErrorCode.InvalidInput, Assert.Throws<DomainException>(() => Require.Hours(hours, "hoursPerWeek")).Code);
    }
}
