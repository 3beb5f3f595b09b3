namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// One mutation of the schema as the role tests run it: its document, and how to set up what it
/// changes for one case (a fresh person, match, shift or account of its own, so cases never meet).
/// </summary>
public sealed record MutationCase(string Field, string Document, Func<CaseSetting, Task<Arranged>> ArrangeAsync)
{
    /// <summary>Whose audit trail holds the entry of the change when it is allowed.</summary>
    public AuditedIn AuditedIn { get; init; } = AuditedIn.OrganisationA;

    /// <summary>The change alters the account that asks (so each case asks with an account of its own).</summary>
    public bool ChangesTheAccountThatAsks { get; init; }

    public override string ToString() => Field;
}

/// <summary>What a case is run with: the world and the account that asks.</summary>
public sealed record CaseSetting(AccessWorld World, RoleAccount Actor);

/// <summary>
/// A case set up: the variables of the mutation, a read of what it would change (as the director
/// of A, or the account's grain, sees it), and a word the refusal must name.
/// </summary>
public sealed record Arranged(object Variables, Func<Task<string>> ReadAsync, string Names);

/// <summary>Where the audit entry of an allowed change is.</summary>
public enum AuditedIn
{
    /// <summary>Organisation A's trail, read by its director.</summary>
    OrganisationA,

    /// <summary>The trail of the organisation of the account that asked (none for an admin of no organisation).</summary>
    OrganisationOfTheAccount,

    /// <summary>The trail of the organisation the change created, read by the account that created it (its director now).</summary>
    CreatedOrganisation,
}
