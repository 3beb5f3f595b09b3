namespace SupportGrains.Api.Application;

/// <summary>What became of a change a page asked for: done, with its result, or refused, with the reason in words to show beside the control.</summary>
public sealed record ChangeOutcome<T>(T? Value, string? Refusal)
{
    public bool Done => Refusal is null;

    public static ChangeOutcome<T> Of(T value) => new(value, null);

    public static ChangeOutcome<T> Refused(string reason) => new(default, reason);
}
