using SupportGrains.GraphQL.Execution;

namespace SupportGrains.Api.Access;

/// <summary>The request and its signed-in actor, from a resolver (the GraphQL endpoint passes the HttpContext as the user context).</summary>
internal static class ActorContext
{
    public static HttpContext? Http(this ResolveContext context) => context.UserContext as HttpContext;

    /// <summary>The signed-in actor, or null (unsigned requests never reach a resolver: /graphql answers them 401).</summary>
    public static Actor? Actor(this ResolveContext context) =>
        context.Services?.GetService(typeof(CurrentActor)) is CurrentActor current ? current.Actor : SupportGrains.Api.Access.Actor.From(context.Http()?.User);
}
