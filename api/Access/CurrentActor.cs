using System.Security.Claims;

namespace SupportGrains.Api.Access;

/// <summary>
/// Who is asking in this scope: from the HTTP request's signed-in user, or set by a page's circuit
/// (where there is no HTTP request after the first). Null when nobody is signed in.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    private Actor? _set;
    private bool _isSet;

    // The actor read from the request's principal, kept while the request has that principal: a
    // request asks who is asking at every access decision, and reading the claims each time cost
    // several percent of the API's CPU (README "Benchmarks").
    private ClaimsPrincipal? _readFrom;
    private Actor? _read;

    // Once a circuit has set the actor, it alone says who is asking (null when its sign-in ended),
    // whatever request the circuit's connection came in on.
    public Actor? Actor => _isSet ? _set : FromRequest();

    private Actor? FromRequest()
    {
        var user = http.HttpContext?.User;
        if (!ReferenceEquals(user, _readFrom))
        {
            _read = Actor.From(user);
            _readFrom = user;
        }

        return _read;
    }

    /// <summary>For a page's circuit: the user it was opened by (null once their sign-in has ended).</summary>
    public void Set(Actor? actor)
    {
        _set = actor;
        _isSet = true;
    }
}
