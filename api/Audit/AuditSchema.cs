using SupportGrains.Api.Application;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Audit;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Audit;

/// <summary>The audit trail in the API: read by an organisation's directors, a page at a time, newest first.</summary>
internal static class AuditSchema
{
    public static SchemaBuilder AddAudit(this SchemaBuilder schema) => schema
        .BindType<AuditPage>("AuditTrailPage")
        .BindType<AuditEntry>("AuditEntry")
        .BindEnum<AuditOutcome>("AuditOutcome")
        .ResolveAsync("Query", "auditTrail", c =>
            c.Service<AuditService>().ReadAsync(new AuditQuery(
                c.Required<string>("organisationId"), c.Argument<string>("personId"), c.Argument<string>("staffId"), c.OptionalArgument<DateOnly>("from"), c.OptionalArgument<DateOnly>("to"),
                c.Argument<int>("first"), c.Argument<string>("after"))))
        .Resolve("AuditEntry", "username", c => c.SourceAs<AuditEntry>().Author?.Username)
        .Resolve("AuditEntry", "roles", c => c.SourceAs<AuditEntry>().Author?.Roles)
        .ResolveAsync("AuditEntry", "people", c => Load.People(c, c.SourceAs<AuditEntry>().PersonIds))
        .ResolveAsync("AuditEntry", "staff", c => Load.StaffMembers(c, c.SourceAs<AuditEntry>().StaffIds));
}
