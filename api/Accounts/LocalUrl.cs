namespace SupportGrains.Api.Accounts;

/// <summary>Where to go after signing in: only a path on this site, never another site (an open redirect).</summary>
internal static class LocalUrl
{
    /// <summary>The pages (/ goes to the user's own page); the GraphQL IDE stays at /graphql.</summary>
    public const string Home = "/";

    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : Home;
}
