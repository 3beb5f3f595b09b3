namespace SupportGrains.Api.Access;

/// <summary>Allowed, or refused with the reason in words (it names what was refused).</summary>
public sealed record Decision(bool Allowed, string? Reason)
{
    public static Decision Allow { get; } = new(true, null);

    public static Decision Refuse(string reason) => new(false, reason);
}
