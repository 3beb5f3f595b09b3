using SupportGrains.Api.Access;
using SupportGrains.Grains.Audit;

namespace SupportGrains.Api.Application;

/// <summary>An organisation's audit trail, for the pages and the GraphQL API alike: its directors read it, a page at a time, newest first.</summary>
public sealed class AuditService(Access.Access access, IGrainFactory grains)
{
    /// <summary>A page of the trail: about a person or colleague, between two days (each optional), after a cursor.</summary>
    public Task<AuditPage> ReadAsync(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Access.Access.Require(AccessPolicy.ReadAudit(access.Actor, query.OrganisationId));
        return grains.GetGrain<IAuditTrailGrain>(query.OrganisationId).ReadAsync(query);
    }
}
