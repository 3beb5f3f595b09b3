namespace SupportGrains.Api.Access;

/// <summary>
/// Who is asking in this scope: from the HTTP request's signed-in user, or set by a page's circuit
/// (where there is no HTTP request after the first). Null when nobody is signed in.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    private Actor? _set;

    public Actor? Actor => _set ?? Actor.From(http.HttpContext?.User);

    /// <summary>For a page's circuit: the user it was opened by.</summary>
    public void Set(Actor? actor) => _set = actor;
}
