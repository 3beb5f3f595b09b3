namespace SupportGrains.Grains.Staff;

/// <summary>How to reach a candidate (or colleague).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ContactDetails")]
public sealed record ContactDetails(string? Email, string? Phone, string? Note)
{
    public static ContactDetails None { get; } = new(null, null, null);
}
