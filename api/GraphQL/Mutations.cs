using SupportGrains.Api.Application;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.GraphQL;

/// <summary>Mutation fields: each change runs through here, so a refused one (not allowed, or not valid) is recorded in the audit trail before its error is answered.</summary>
internal static class Mutations
{
    /// <summary>A mutation field; <paramref name="organisationOf"/> names the organisation a refusal is recorded under when it is not the actor's own.</summary>
    public static SchemaBuilder Mutation<TResult>(this SchemaBuilder schema, string field, Func<ResolveContext, Task<TResult>> change, Func<ResolveContext, string?>? organisationOf = null) =>
        schema.ResolveAsync("Mutation", field, c => Refusals.RecordedAsync(c.Access(), c.Change, () => organisationOf?.Invoke(c), () => change(c)));
}
