namespace SupportGrains.Api.Components.Audit;

/// <summary>Which entries of the trail to show: about a person, about a colleague, from and to a day (each optional).</summary>
public sealed record AuditFilter(string? PersonId, string? StaffId, DateOnly? From, DateOnly? To)
{
    public static AuditFilter None { get; } = new(null, null, null, null);
}
