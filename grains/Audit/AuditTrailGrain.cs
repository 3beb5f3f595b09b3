using Microsoft.Extensions.DependencyInjection;

namespace SupportGrains.Grains.Audit;

/// <summary>Keeps no state of its own: the trail lives in the audit log of the store; any silo can answer.</summary>
[StatelessWorker]
public sealed class AuditTrailGrain : Grain, IAuditTrailGrain
{
    public Task RecordRefusalAsync(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Log.AppendAsync([entry with { OrganisationId = this.GetPrimaryKeyString(), Outcome = AuditOutcome.Refused }]);
    }

    public Task<AuditPage> ReadAsync(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Log.ReadAsync(query with { OrganisationId = this.GetPrimaryKeyString(), First = Math.Clamp(query.First, 1, 200) });
    }

    private IAuditLog Log => ServiceProvider.GetService<IAuditLog>()
        ?? throw new InvalidOperationException("No audit log is configured for this silo.");
}
