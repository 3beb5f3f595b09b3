namespace SupportGrains.Grains.Accounts;

/// <summary>Where an access token came from.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AccessTokenKind")]
public enum AccessTokenKind
{
    /// <summary>Made by the account holder for a program of theirs, with a name and an expiry they chose.</summary>
    Personal,

    /// <summary>Given by signing in with a password (POST /api/token); short-lived.</summary>
    SignIn,
}
