namespace SupportGrains.Grains.Audit;

/// <summary>What became of a change an audit entry records.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AuditOutcome")]
public enum AuditOutcome
{
    /// <summary>The change was written.</summary>
    Applied,

    /// <summary>The change was refused (not allowed, or not valid); nothing was written.</summary>
    Refused,
}
