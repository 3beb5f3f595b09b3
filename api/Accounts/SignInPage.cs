using System.Text.Encodings.Web;

namespace SupportGrains.Api.Accounts;

/// <summary>What the sign-in page shows.</summary>
internal sealed record SignInPageModel(string ReturnUrl, string AntiforgeryField, string AntiforgeryToken)
{
    public string? Username { get; init; }

    /// <summary>Shown beside the form, and announced to screen readers.</summary>
    public string? Error { get; init; }

    /// <summary>The username of the account signed in already, if any.</summary>
    public string? SignedInAs { get; init; }

    /// <summary>The name of the organisation's own sign-in (OpenID Connect), when configured.</summary>
    public string? ExternalSignIn { get; init; }
}

/// <summary>
/// The sign-in page: a plain form served by the app, labelled fields that phones fill in well, and
/// the error next to the form. It stays plain HTML rather than a Razor component: it must work
/// before there is a signed-in user (so before any circuit), post an ordinary form with its
/// antiforgery token, and keep its strict content security policy. Its colours, type and app bar
/// are the web app's (Components/Layout/SupportGrainsTheme.cs), so it looks like the pages it leads to.
/// </summary>
internal static class SignInPage
{
    public static string Render(SignInPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var e = HtmlEncoder.Default;
        var error = model.Error is { } message ? $"""<p id="signin-error" class="error" role="alert">{e.Encode(message)}</p>""" : "";
        var invalid = model.Error is null ? "" : """ aria-invalid="true" aria-describedby="signin-error" """;
        var antiforgery = $"""<input type="hidden" name="{e.Encode(model.AntiforgeryField)}" value="{e.Encode(model.AntiforgeryToken)}">""";
        var external = model.ExternalSignIn is { } provider
            ? $"""<p class="alternative"><a href="/signin/external?returnUrl={UrlEncoder.Default.Encode(model.ReturnUrl)}">Sign in with {e.Encode(provider)}</a></p>"""
            : "";
        var signedIn = model.SignedInAs is { } username
            ? $"""
              <section aria-labelledby="signed-in">
                <h2 id="signed-in">Signed in as {e.Encode(username)}</h2>
                <p><a href="{e.Encode(model.ReturnUrl)}">Go on</a>, or sign out to sign in as someone else.</p>
                <form method="post" action="/signout">{antiforgery}<button type="submit" class="secondary">Sign out</button></form>
              </section>
              """
            : "";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · SupportGrains</title>
              <style>
                body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; background: #f6f7f9; color: #1b1f24; line-height: 1.5; }
                header { background: #1e3a8a; color: #fff; font-size: 1.25rem; font-weight: 500; padding: .75rem 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
                main { box-sizing: border-box; max-width: 24rem; margin: 2rem auto; background: #fff; padding: 1.5rem; border-radius: .25rem; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
                @media (max-width: 26rem) { main { margin: 1rem; } }
                h1 { font-size: 1.4rem; margin-top: 0; }
                h2 { font-size: 1.1rem; }
                label { display: block; font-weight: 600; margin-top: 1rem; }
                input[type=text], input[type=password] { box-sizing: border-box; width: 100%; font-size: 1rem; padding: .6rem; margin-top: .25rem; border: 1px solid #6b7280; border-radius: .25rem; }
                input:focus, button:focus, a:focus { outline: 3px solid #2563eb; outline-offset: 2px; }
                input[aria-invalid=true] { border-color: #b91c1c; }
                button { margin-top: 1.25rem; width: 100%; font-size: 1rem; font-weight: 500; padding: .7rem; border: 0; border-radius: .25rem; background: #1d4ed8; color: #fff; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
                button.secondary { background: #4b5563; }
                .error { background: #fef2f2; border: 1px solid #b91c1c; color: #7f1d1d; padding: .75rem; border-radius: .25rem; }
                .alternative { margin-top: 1.25rem; text-align: center; }
              </style>
            </head>
            <body>
              <header>SupportGrains</header>
              <main>
                <h1>Sign in to SupportGrains</h1>
                {{signedIn}}
                {{error}}
                <form method="post" action="/signin">
                  {{antiforgery}}
                  <input type="hidden" name="returnUrl" value="{{e.Encode(model.ReturnUrl)}}">
                  <label for="username">Username</label>
                  <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="{{e.Encode(model.Username ?? "")}}"{{invalid}}>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required{{invalid}}>
                  <button type="submit">Sign in</button>
                </form>
                {{external}}
              </main>
            </body>
            </html>
            """;
    }
}
