namespace SupportGrains.GraphQL.Execution;

/// <summary>Produces a field's value. Return a completed ValueTask when the value is at hand: it costs nothing.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Produces the event stream of a subscription field; each event is then resolved like a query.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveContext context);
