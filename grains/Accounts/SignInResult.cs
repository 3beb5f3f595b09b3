namespace SupportGrains.Grains.Accounts;

/// <summary>How a password sign-in ended.</summary>
[GenerateSerializer]
[Alias("SupportGrains.SignInResult")]
public enum SignInResult
{
    SignedIn,

    /// <summary>No such account, or the password was wrong: the two are never told apart.</summary>
    Refused,

    /// <summary>Too many wrong passwords in a row: refused, even with the right one, until the lock ends.</summary>
    LockedOut,
}
