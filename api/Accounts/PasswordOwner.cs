namespace SupportGrains.Api.Accounts;

/// <summary>
/// The user type of ASP.NET Core Identity's <c>PasswordHasher</c>, which hashes without looking at
/// the user: passwords are hashed here, in the app, and only the hash goes to the account's grain.
/// </summary>
public sealed class PasswordOwner
{
    public static PasswordOwner Any { get; } = new();

    private PasswordOwner()
    {
    }
}
