namespace SupportGrains.Grains.Audit;

/// <summary>An organisation's audit trail (keyed by the organisation's id): read it, and record refused attempts, which change nothing else.</summary>
[Alias("SupportGrains.IAuditTrailGrain")]
public interface IAuditTrailGrain : IGrainWithStringKey
{
    /// <summary>Records an attempt that was refused (not allowed, or not valid).</summary>
    [Alias("RecordRefusal")]
    Task RecordRefusalAsync(AuditEntry entry);

    /// <summary>A page of the trail, newest first.</summary>
    [ReadOnly, Alias("Read")]
    Task<AuditPage> ReadAsync(AuditQuery query);
}
