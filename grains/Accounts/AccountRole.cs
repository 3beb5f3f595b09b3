namespace SupportGrains.Grains.Accounts;

/// <summary>DOMAIN.md "Roles": what an account may do. An account can hold several.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AccountRole")]
public enum AccountRole
{
    /// <summary>A colleague: their own organisation's people and colleagues they work with, their own availability.</summary>
    Staff,

    /// <summary>Also manages matches, reviews, shadow shifts, hours and the rota of the teams they lead.</summary>
    TeamLeader,

    /// <summary>Everything in their organisation.</summary>
    Director,

    /// <summary>Organisations, accounts and roles; care records only if also a director.</summary>
    Admin,
}
