namespace SupportGrains.Api.Accounts;

/// <summary>The token of an <c>Authorization: Bearer …</c> header, and whether it looks like a JWT or one of ours.</summary>
internal static class BearerToken
{
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    /// <summary>A compact JWS: three base64url parts with dots between (ours start with sgt_ and have no dots).</summary>
    public static bool LooksLikeJwt(string token) => token.Count(c => c == '.') == 2 && !token.StartsWith(AccessTokenSecret.Prefix, StringComparison.Ordinal);
}
