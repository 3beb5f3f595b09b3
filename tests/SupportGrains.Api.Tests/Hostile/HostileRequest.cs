namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// One request of a hostile-input run, exactly as it goes on the wire: its method, path and query,
/// headers and body bytes, and who sends it (<see cref="Identity"/>: a demo account's username, or
/// <see cref="HostileGenerator.CookiePrefix"/> and a username for that account's sign-in cookie,
/// null for no one signed in; a forged token is one of the headers). <see cref="Kind"/> groups it
/// for the counts; <see cref="Description"/> says in a few words what it tries;
/// <see cref="ExpectedStatus"/>, when set, is the only answer that is right (a refusal that must happen).
/// </summary>
public sealed record HostileRequest(
    int Index,
    string Kind,
    string Description,
    string Method,
    string Target,
    string? Identity,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? ContentType,
    byte[]? Body,
    int? ExpectedStatus = null)
{
    /// <summary>The body's start, readable (bytes that are not printable ASCII as \xNN), for a report.</summary>
    public string BodyPreview(int length = 300)
    {
        if (Body is null)
        {
            return "(no body)";
        }

        var text = new System.Text.StringBuilder();
        foreach (var b in Body.Take(length))
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return Body.Length > length ? $"{text}… ({Body.Length:N0} bytes)" : text.ToString();
    }

    public override string ToString() =>
        $"#{Index} [{Kind}] {Description} — {Method} {(Target.Length > 200 ? Target[..200] + "…" : Target)} as {Identity ?? "no one"}";
}
