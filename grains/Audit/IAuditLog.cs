namespace SupportGrains.Grains.Audit;

/// <summary>
/// Where the audit trail is kept: in the same store as the grains, append-only (the store refuses
/// updates and deletes). Appending an entry again with the same id changes nothing, so a grain can
/// hand over its pending entries as often as it needs to.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default);

    Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
