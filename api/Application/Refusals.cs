namespace SupportGrains.Api.Application;

/// <summary>
/// A change that is refused (not allowed, or not valid) is recorded in the audit trail before the
/// refusal goes back to whoever asked: the GraphQL mutations and the pages both run their changes
/// through here.
/// </summary>
public static class Refusals
{
    /// <summary>Applies the change; a refusal is recorded under <paramref name="organisationId"/> (or the actor's own organisation) and thrown again.</summary>
    public static Task<T> RecordedAsync<T>(Access.Access access, ChangeContext change, string? organisationId, Func<Task<T>> apply) =>
        RecordedAsync(access, () => change, () => organisationId, apply);

    /// <summary>As above, with the change's context and organisation worked out only when it is refused.</summary>
    public static async Task<T> RecordedAsync<T>(Access.Access access, Func<ChangeContext> change, Func<string?> organisationId, Func<Task<T>> apply)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(organisationId);
        ArgumentNullException.ThrowIfNull(apply);
        try
        {
            return await apply();
        }
        catch (DomainException refusal) when (refusal.Code is not ErrorCode.StoreUnavailable and not ErrorCode.Unauthenticated)
        {
            await access.RecordRefusalAsync(change(), organisationId(), refusal);
            throw;
        }
    }
}
