namespace SupportGrains.Api.Components.Audit;

/// <summary>One value an audited change changed: where in the record, and what it was before and after (null where there was none).</summary>
public sealed record ChangedValue(string Field, string? Before, string? After);
