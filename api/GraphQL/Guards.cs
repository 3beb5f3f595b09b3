using SupportGrains.Api.Access;
using SupportGrains.Grains.Organisations;
using SupportGrains.GraphQL.Execution;

namespace SupportGrains.Api.GraphQL;

/// <summary>The access policy's decisions as resolvers use them: each refuses with FORBIDDEN, naming what was refused.</summary>
internal static class Guards
{
    /// <summary>Refused unless the policy allows it for the signed-in user.</summary>
    public static void Require(this ResolveContext context, Func<Actor, Decision> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        Access.Access.Require(decide(context.Access().Actor));
    }

    /// <summary>For fields of an organisation that list its care records: its members only (an admin who is not one is refused).</summary>
    public static OrganisationView Members(this ResolveContext context, string what)
    {
        var organisation = context.SourceAs<OrganisationView>();
        context.Require(actor => actor.BelongsTo(organisation.Id) ? Decision.Allow : Decision.Refuse($"{what} of organisation {organisation.Id} are for its own members."));
        return organisation;
    }
}
