using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SupportGrains.Api.Access;

namespace SupportGrains.Api.Components;

/// <summary>
/// A page's circuit outlives the HTTP request that opened it, so the access policy cannot read the
/// user from a request: this sets the circuit's <see cref="CurrentActor"/> from its authentication
/// state when the circuit opens, and again whenever that state changes (signed out by
/// <see cref="AccountRevalidation"/>).
/// </summary>
internal sealed class CircuitActor(AuthenticationStateProvider authentication, CurrentActor current) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += Changed;
        current.Set(Actor.From((await authentication.GetAuthenticationStateAsync()).User));
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= Changed;

    private void Changed(Task<AuthenticationState> state) => _ = SetAsync(state);

    private async Task SetAsync(Task<AuthenticationState> state)
    {
        try
        {
            current.Set(Actor.From((await state).User));
        }
        catch (Exception) when (!state.IsCompletedSuccessfully)
        {
            current.Set(null);
        }
    }
}
