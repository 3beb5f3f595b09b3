using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// What a bUnit test of a card needs to render MudBlazor components without a browser: MudBlazor's
/// services, its popover provider (menus, pickers and selects open into it), JavaScript calls
/// answered loosely, and the context disposed asynchronously (MudBlazor's services are
/// async-disposable only).
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected MudComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Render<MudPopoverProvider>();
    }

    /// <summary>The test's renderer and services.</summary>
    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
