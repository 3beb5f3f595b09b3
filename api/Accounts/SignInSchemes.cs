namespace SupportGrains.Api.Accounts;

/// <summary>The names of the authentication schemes.</summary>
public static class SignInSchemes
{
    /// <summary>The default: picks one of the others for each request (a bearer token's shape, or the cookie).</summary>
    public const string Default = "SupportGrains";

    /// <summary>Page sign-in, with a password (local) or through OpenID Connect.</summary>
    public const string Cookie = "Cookie";

    /// <summary>Bearer tokens of local accounts (POST /api/token and personal access tokens).</summary>
    public const string AccessToken = "AccessToken";

    /// <summary>JWT bearer tokens from the configured authority.</summary>
    public const string Jwt = "Jwt";

    /// <summary>OpenID Connect sign-in for pages, with the configured authority.</summary>
    public const string OpenIdConnect = "OpenIdConnect";

    /// <summary>The authentication type of a principal made from a local account (rebuilt from its grain on every request).</summary>
    public const string LocalIdentity = "SupportGrains.Local";

    /// <summary>The authentication type of a principal mapped from an identity provider's claims.</summary>
    public const string ExternalIdentity = "SupportGrains.External";
}
